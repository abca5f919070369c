#include "core/reconciliation/reconciliationreport.h"

#include "core/seqr/resultcode.h"

#include "core/seqr/xmlelement.h"

#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace kassa {

QString ReconciliationReport::Row::value(QStringView name) const
{
    for (const Field &f : fields) {
        if (f.name == name)
            return f.value;
    }
    return {};
}

Result<ReconciliationReport> ReconciliationReport::parse(QStringView xml)
{
    auto document = seqr::parseXml(xml.toUtf8());
    if (!document)
        return makeError(ErrorCode::MalformedXml, u"report: "_s + document.error().detail);
    ReconciliationReport report;
    for (const seqr::XmlElement &section : document->children) {
        if (section.name == "Meta"_L1) {
            report.resellerId = section.childText(u"ResellerId").trimmed();
            report.terminalId = section.childText(u"TerminalId").trimmed();
            report.transactionPeriodId = section.childText(u"TransactionPeriodId").trimmed();
            report.generatedAt = section.childText(u"GeneratedAt").trimmed();
        } else if (section.name == "Row"_L1) {
            Row &row = report.rows.emplace_back();
            row.fields.reserve(section.children.size());
            for (const seqr::XmlElement &field : section.children)
                row.fields.append(Field{field.name, field.text.trimmed()});
        }
    }
    return report;
}

QString ReconciliationReport::toXml() const
{
    QString out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    w.writeStartElement(u"Report"_s);
    w.writeStartElement(u"Meta"_s);
    w.writeTextElement(u"ResellerId"_s, resellerId);
    w.writeTextElement(u"TerminalId"_s, terminalId);
    w.writeTextElement(u"TransactionPeriodId"_s, transactionPeriodId);
    w.writeTextElement(u"GeneratedAt"_s, generatedAt);
    w.writeEndElement();
    for (const Row &row : rows) {
        w.writeStartElement(u"Row"_s);
        for (const Field &f : row.fields)
            w.writeTextElement(f.name, f.value);
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

ReportAnswer readReportAnswer(const seqr::TypedSeqrCall<seqr::ExecuteReportResponse> &call)
{
    ReportAnswer answer;
    answer.notReady = call.status() == seqr::CallStatus::ServiceError &&
                      call.resultCode() == int(seqr::ResultCode::ReportNotReady);
    answer.retry = answer.notReady || seqr::isTransient(call.status());
    if (!call.isSuccess())
        answer.report = call.error();
    else if (!call.response().report)
        answer.report = makeError(ErrorCode::BadAnswer, u"executeReport returned no report"_s);
    else
        answer.report = ReconciliationReport::parse(call.response().report->contentString);
    return answer;
}

} // namespace kassa
