#pragma once

#include <QList>

#include <initializer_list>

class QWidget;

namespace TabOrder {

// Tab visits `widgets` in this order (the reading order where the layout differs from the
// order the widgets were made in).
void chain(std::initializer_list<QWidget *> widgets);

// The widgets inside `group` that Tab stops at, in the order Tab visits them.
QList<QWidget *> stopsIn(QWidget *group);

// Tab visits the stops inside `group` right after `anchor`, keeping their own order (for a
// part made before the parts it stands below).
void placeAfter(QWidget *anchor, QWidget *group);

} // namespace TabOrder
