#pragma once

#include "api/tollfreeapi.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;

// The server-side filters of the toll-free list: status, business name, phone number and the
// created-date range. Apply sends them to the API; the text filter above filters loaded rows.
class TollFreeFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit TollFreeFilterBar(QWidget *parent = nullptr);

    TollFreeListFilter filter() const;

Q_SIGNALS:
    void filterApplied(const TollFreeListFilter &filter);

private:
    QComboBox *m_status;
    QLineEdit *m_business;
    QLineEdit *m_phone;
    QCheckBox *m_useDates;
    QDateEdit *m_from;
    QDateEdit *m_to;
};
