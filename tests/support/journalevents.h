#pragma once

#include "core/journal/journal.h"

#include <QStringList>

// This till's journaled events of one kind ("coupon-release", …), oldest
// first, each in the sentence an inspector reads (describeTillEvent, C
// locale); an entry "(unreadable: …)" when the journal cannot say.
QStringList describedEvents(const kassa::journal::Journal &journal, const QString &kind);
