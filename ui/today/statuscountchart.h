#pragma once

#include <QList>
#include <QString>
#include <QWidget>

// Horizontal bars, one per status: its label, a bar as long as its share of the largest count
// in the status's colour family (ConsolePalette::rail, so it reads in light and dark themes),
// and the count. The same numbers are in a table beside it for screen readers and copying.
class StatusCountChart : public QWidget
{
    Q_OBJECT

public:
    struct Bar
    {
        QString status; // wire text: picks the colour
        QString label;
        int count = 0;
    };

    explicit StatusCountChart(QWidget *parent = nullptr);

    void setBars(const QList<Bar> &bars);
    const QList<Bar> &bars() const { return m_bars; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int rowHeight() const;
    int labelWidth() const;

    QList<Bar> m_bars;
};
