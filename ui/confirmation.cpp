#include "ui/confirmation.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace kassa::ui {

QMessageBox *askToConfirm(QWidget *parent, const QString &title, const QString &question,
                          const QString &yes, const std::function<void(bool yes)> &answered)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, question,
                                QMessageBox::Yes | QMessageBox::Cancel, parent);
    box->setTextFormat(Qt::PlainText);
    box->button(QMessageBox::Yes)->setText(yes);
    box->button(QMessageBox::Cancel)
        ->setText(QCoreApplication::translate("kassa::ui::Confirmation", "Cancel"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QObject::connect(box, &QMessageBox::finished, parent,
                     [answered](int answer) { answered(answer == QMessageBox::Yes); });
    box->open();
    return box;
}

} // namespace kassa::ui
