#pragma once

class QTableView;

namespace Accueil {

// The desk's lists (waiting room, messages, call-backs): whole rows selected one at a time, nothing
// edited in place, no row numbers, columns as wide as their contents but `stretchColumn`, which
// takes the rest, one line per row.
void setUpListView(QTableView *view, int stretchColumn);

} // namespace Accueil
