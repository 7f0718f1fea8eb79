#include "tollfreefilterbar.h"

#include "domain/tollfree.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

TollFreeFilterBar::TollFreeFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_status(new QComboBox(this))
    , m_business(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_useDates(new QCheckBox(tr("Created"), this))
    , m_from(new QDateEdit(QDate::currentDate().addMonths(-3), this))
    , m_to(new QDateEdit(QDate::currentDate(), this))
{
    setObjectName(QStringLiteral("tollFreeFilterBar"));
    m_status->setObjectName(QStringLiteral("tollFreeStatusFilter"));
    m_business->setObjectName(QStringLiteral("tollFreeBusinessFilter"));
    m_phone->setObjectName(QStringLiteral("tollFreePhoneFilter"));
    m_status->addItem(tr("Any status"), QString());
    const QStringList statuses = tfvStatuses();
    for (const QString &status : statuses)
        m_status->addItem(tfvStatusLabel(status), status);
    m_business->setPlaceholderText(tr("Business name"));
    m_phone->setPlaceholderText(tr("Toll-free number (+1…)"));
    // The placeholders name the fields on screen; a screen reader needs names of its own.
    m_status->setAccessibleName(tr("Status"));
    m_business->setAccessibleName(tr("Business name"));
    m_phone->setAccessibleName(tr("Toll-free number"));
    m_from->setAccessibleName(tr("Created from"));
    m_to->setAccessibleName(tr("Created until"));
    // The locale's short date with the whole year: "12/5/2026", "05.12.2026".
    QString dateFormat = QLocale().dateFormat(QLocale::ShortFormat);
    if (!dateFormat.contains(QStringLiteral("yyyy")))
        dateFormat.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(dateFormat);
        edit->setEnabled(false);
    }
    auto *apply = new QPushButton(tr("Search"), this);
    apply->setObjectName(QStringLiteral("tollFreeSearchButton"));
    apply->setToolTip(tr("Ask the API for the requests that match these filters"));
    auto *clear = new QPushButton(tr("Clear"), this);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_business, 1);
    layout->addWidget(m_phone, 1);
    layout->addWidget(m_useDates);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(QStringLiteral("–"), this));
    layout->addWidget(m_to);
    layout->addWidget(apply);
    layout->addWidget(clear);

    connect(m_useDates, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useDates, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    const auto emitFilter = [this] { Q_EMIT filterApplied(filter()); };
    connect(apply, &QPushButton::clicked, this, emitFilter);
    connect(m_business, &QLineEdit::returnPressed, this, emitFilter);
    connect(m_phone, &QLineEdit::returnPressed, this, emitFilter);
    connect(clear, &QPushButton::clicked, this, [this, emitFilter] {
        m_status->setCurrentIndex(0);
        m_business->clear();
        m_phone->clear();
        m_useDates->setChecked(false);
        emitFilter();
    });
}

TollFreeListFilter TollFreeFilterBar::filter() const
{
    TollFreeListFilter filter;
    filter.status = m_status->currentData().toString();
    filter.businessName = m_business->text().trimmed();
    filter.phoneNumber = m_phone->text().trimmed();
    if (m_useDates->isChecked()) {
        filter.createdFrom = m_from->date().startOfDay();
        filter.createdTo = m_to->date().endOfDay();
    }
    return filter;
}
