#pragma once

#include <QImage>
#include <QString>

// What a phone's camera reads off `image`: the text of the QR code in it,
// decoded by ZXing's reader; empty when there is none.
QString readQr(const QImage &image);
