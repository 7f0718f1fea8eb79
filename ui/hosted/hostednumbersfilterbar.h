#pragma once

#include "api/hostedapi.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLineEdit;

// The server-side filters of the hosted numbers list (the SDK's list parameters): a number
// search (a whole number → filter[phone_number], a part → filter[phone_number][contains]),
// the messaging profile (filter[messaging_profile_id]) and the order by number
// (sort[phone_number]). Typing is debounced; the filter row above the table still filters
// the loaded rows.
class HostedNumbersFilterBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int debounceMs = 400;

    explicit HostedNumbersFilterBar(QWidget *parent = nullptr);

    HostedNumbersFilter filter() const;
    // Profiles offered in the profile box (those of the loaded orders); typing another works.
    void setKnownProfiles(const QStringList &profileIds);

Q_SIGNALS:
    void filterChanged(const HostedNumbersFilter &filter);

private:
    void emitIfChanged();

    QLineEdit *m_search;
    QComboBox *m_profile;
    QComboBox *m_sort;
    QTimer m_debounce;
    HostedNumbersFilter m_emitted;
};
