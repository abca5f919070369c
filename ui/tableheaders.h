#pragma once

class QTableView;

namespace kassa::ui {

// Keeps a table's column headers whole in any language: no section gets
// narrower than its widest header text (with the sort arrow's room), and
// the table asks for at least their sum, so a narrow window grows or
// scrolls instead of cutting "Kvittonummer" to "Kvitto…". Call after the
// header labels are set.
void keepHeadersWhole(QTableView *table);

} // namespace kassa::ui
