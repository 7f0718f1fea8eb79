#pragma once

#include <QTableView>

// A table that says what is going on when it has no rows to show ("Loading…", "No requests
// yet", "Nothing matches “foo”", "Could not load: …") instead of staying blank.
class StateTableView : public QTableView
{
    Q_OBJECT

public:
    explicit StateTableView(QWidget *parent = nullptr);

    // The look every list shares: sortable (unsorted at first), whole rows selected, alternating
    // colours, one-line fixed-height rows (font height + rowPadding), no row numbers,
    // pixel scrolling, the last column stretched.
    void applyListLook(int rowPadding);

    void setPlaceholderText(const QString &text);
    QString placeholderText() const { return m_placeholder; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_placeholder;
};
