#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>

// A throwaway certificate authority and a "localhost" server certificate it
// signed, made with the openssl command line in a temporary directory.
struct TestCertificates
{
    QString directory;
    QString caFile; // PEM of the CA, for SeqrClientConfig::caFile
    QString serverCertFile;
    QString serverKeyFile;
    QSslCertificate serverCertificate;
    QSslKey serverKey;
    QString error; // non-empty when they could not be made

    static TestCertificates create(const QString &directory);
};
