#pragma once

#include "core/qr/qrmatrix.h"

#include <QImage>
#include <QList>
#include <QString>
#include <QWidget>

namespace kassa::ui {

// A QR code as a customer's phone needs it: error correction level M, a
// quiet zone of 4 modules, dark modules on white, an integer number of pixels
// per module (never scaled or smoothed, so it stays crisp at any size),
// centred in whatever space the widget has. The text is core's payload,
// e.g. SEQR's invoiceQRCode "HTTP://SEQR.SE/R<reference>".
class QrCodeWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QrCodeWidget)

public:
    static constexpr int quietZoneModules = 4;

    explicit QrCodeWidget(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    // Modules per side of the code itself (without the quiet zone); 0 when
    // there is no code.
    int moduleCount() const { return m_matrix.size; }
    // Pixels per module at the widget's current size.
    int modulePixels() const;

    // The code as an image: `pixelsPerModule` per module, quiet zone included.
    static QImage render(const QString &text, int pixelsPerModule);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_text;
    QrMatrix m_matrix;
};

} // namespace kassa::ui
