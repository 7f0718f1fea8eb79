#pragma once

#include <initializer_list>

class QWidget;

namespace TabOrder {

// Tab visits `widgets` in this order (the reading order where the layout differs from the
// order the widgets were made in).
void chain(std::initializer_list<QWidget *> widgets);

} // namespace TabOrder
