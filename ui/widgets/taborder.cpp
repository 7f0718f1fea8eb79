#include "taborder.h"

#include <QWidget>

void TabOrder::chain(std::initializer_list<QWidget *> widgets)
{
    QWidget *previous = nullptr;
    for (QWidget *widget : widgets) {
        if (previous)
            QWidget::setTabOrder(previous, widget);
        previous = widget;
    }
}

QList<QWidget *> TabOrder::stopsIn(QWidget *group)
{
    QList<QWidget *> stops;
    QWidget *start = group->window();
    QWidget *widget = start;
    do {
        if (group->isAncestorOf(widget) && (widget->focusPolicy() & Qt::TabFocus))
            stops.append(widget);
        widget = widget->nextInFocusChain();
    } while (widget != start);
    return stops;
}

void TabOrder::placeAfter(QWidget *anchor, QWidget *group)
{
    QWidget *previous = anchor;
    const QList<QWidget *> stops = stopsIn(group);
    for (QWidget *stop : stops) {
        QWidget::setTabOrder(previous, stop);
        previous = stop;
    }
}
