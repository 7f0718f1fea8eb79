#include "hostednumbersfilterbar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

HostedNumbersFilterBar::HostedNumbersFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_profile(new QComboBox(this))
    , m_sort(new QComboBox(this))
{
    setObjectName(u"hostedNumbersFilterBar"_s);
    m_search->setObjectName(u"hostedNumbersSearchEdit"_s);
    m_search->setPlaceholderText(tr("Find a number, e.g. +13125550100 or 555"));
    m_search->setToolTip(tr("Asks the API: a whole number finds that number, a part finds "
                            "every number containing those digits"));
    m_search->setClearButtonEnabled(true);
    m_profile->setObjectName(u"hostedNumbersProfileFilter"_s);
    m_profile->setEditable(true);
    m_profile->setInsertPolicy(QComboBox::NoInsert);
    m_profile->setMinimumContentsLength(24);
    m_profile->lineEdit()->setPlaceholderText(tr("Any messaging profile"));
    m_profile->setToolTip(tr("Only the numbers of this messaging profile (asks the API)"));
    m_profile->addItem(QString());
    m_sort->setObjectName(u"hostedNumbersSortCombo"_s);
    m_sort->setAccessibleName(tr("Sort"));
    m_sort->addItem(tr("Server order"), QString());
    m_sort->addItem(tr("Number ascending"), u"asc"_s);
    m_sort->addItem(tr("Number descending"), u"desc"_s);

    auto *searchLabel = new QLabel(tr("Fi&nd:"), this);
    searchLabel->setBuddy(m_search);
    auto *profileLabel = new QLabel(tr("&Profile:"), this);
    profileLabel->setBuddy(m_profile);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(searchLabel);
    layout->addWidget(m_search, 1);
    layout->addWidget(profileLabel);
    layout->addWidget(m_profile, 1);
    layout->addWidget(m_sort);

    // One request when typing stops, not one per key.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &HostedNumbersFilterBar::emitIfChanged);
    connect(m_search, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &HostedNumbersFilterBar::emitIfChanged);
    connect(m_profile, &QComboBox::currentTextChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_sort, &QComboBox::currentIndexChanged, this, &HostedNumbersFilterBar::emitIfChanged);
}

HostedNumbersFilter HostedNumbersFilterBar::filter() const
{
    HostedNumbersFilter filter;
    filter.setSearch(m_search->text());
    filter.messagingProfileId = m_profile->currentText().trimmed();
    filter.sortPhoneNumber = m_sort->currentData().toString();
    return filter;
}

void HostedNumbersFilterBar::setKnownProfiles(const QStringList &profileIds)
{
    const QString typed = m_profile->currentText();
    QStringList wanted{QString()};
    wanted << profileIds;
    QStringList shown;
    for (int i = 0; i < m_profile->count(); ++i)
        shown << m_profile->itemText(i);
    if (shown == wanted)
        return;
    const QSignalBlocker blocker(m_profile);
    m_profile->clear();
    m_profile->addItems(wanted);
    m_profile->setEditText(typed);
}

void HostedNumbersFilterBar::emitIfChanged()
{
    m_debounce.stop();
    const HostedNumbersFilter current = filter();
    if (current == m_emitted)
        return;
    m_emitted = current;
    Q_EMIT filterChanged(current);
}
