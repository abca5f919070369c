#pragma once

#include "core/common/result.h"
#include "core/seqr/seqrcall.h"

#include <QList>
#include <QString>

namespace kassa {

// A SEQR reconciliation report (Reconciliation/STD_RECON_00x.xml) as read from
// executeReport's contentString: a Meta block, then Row elements whose child
// elements are the columns (TerminalId, CashierId, SalesAmount, ErsReference,
// SalesCount, SalesTotal, …). Amounts stay text here ("93.31000"); callers
// turn them into Money with the period's currency.
struct ReconciliationReport
{
    struct Field
    {
        QString name;
        QString value;
    };
    struct Row
    {
        QList<Field> fields;
        QString value(QStringView name) const;
    };

    QString resellerId;
    QString terminalId;
    QString transactionPeriodId;
    QString generatedAt;
    QList<Row> rows;

    // Refuses what is not a well-formed report (with DTDs refused outright).
    static Result<ReconciliationReport> parse(QStringView xml);
    QString toXml() const;
};

// What a finished executeReport call for a reconciliation report came to:
// `retry` when SEQR said the report is not ready yet (`notReady`) or the call
// failed in passing; the report, or why there is none (the call's error, no
// report in the answer, or one that cannot be read).
struct ReportAnswer
{
    bool retry = false;
    bool notReady = false;
    Result<ReconciliationReport> report = ReconciliationReport{};
};
ReportAnswer readReportAnswer(const seqr::TypedSeqrCall<seqr::ExecuteReportResponse> &call);

} // namespace kassa
