#include "tollfreewizardpages.h"

#include "domain/validators.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

TollFreeBusinessPage::TollFreeBusinessPage(RequestSource source, QWidget *parent)
    : TollFreeFormPage(u"business"_s, std::move(source), parent)
{
    setTitle(tr("Business"));
    setSubTitle(tr("The business that sends the messages, as it is registered. Fields marked * "
                   "are required."));

    addLineEdit(u"businessName"_s,
                tr("The legal name of the business, as registered (not a brand or product)."),
                tr("Acme Dental LLC"));
    addLineEdit(u"doingBusinessAs"_s,
                tr("The name customers know the business by, if it differs from the legal "
                   "name. Messages should carry this name."),
                tr("Acme Smiles"));
    QList<std::pair<QString, QString>> entityTypes;
    const QStringList entityWires = tfvEntityTypes();
    for (const QString &wire : entityWires)
        entityTypes.append({tfvEntityTypeLabel(wire), wire});
    addChoice(u"entityType"_s, tr("How the business is organised."), entityTypes, QString(),
              tr("Not given"));
    addLineEdit(u"corporateWebsite"_s,
                tr("The business's own website, with the scheme (https://). Reviewers check "
                   "that it matches the business and shows how people opt in."),
                tr("https://www.example.com"));

    addSection(tr("Address"));
    addLineEdit(u"businessAddr1"_s, tr("Street address of the business."),
                tr("600 Congress Avenue"));
    addLineEdit(u"businessAddr2"_s, tr("Suite, floor or unit, if any."), tr("Suite 200"));
    addLineEdit(u"businessCity"_s, tr("City, first letter capitalised."), tr("Austin"));
    addEditableChoice(u"businessState"_s,
                      tr("The full name of the US state or Canadian province (not the "
                         "two-letter code). Type to search the list."),
                      stateAndProvinceNames(), tr("Type to search, e.g. Texas"));
    addLineEdit(u"businessZip"_s, tr("US ZIP code or Canadian postal code."),
                tr("78701 or K1A 0B6"));

    addSection(tr("Business registration"),
               tr("Needed for new submissions from 2026 (the API still marks them optional)."));
    addLineEdit(u"businessRegistrationNumber"_s,
                tr("The official registration number, e.g. the Employer Identification Number "
                   "(EIN) in the U.S."),
                tr("12-3456789"));
    addEditableChoice(u"businessRegistrationType"_s,
                      tr("The kind of registration number given, e.g. EIN. Pick one or type "
                         "another."),
                      {u"EIN"_s, u"DUNS"_s, u"LEI"_s}, tr("EIN"));
    QLineEdit *country = addLineEdit(
        u"businessRegistrationCountry"_s,
        tr("Two-letter ISO 3166-1 code of the country that issued the registration, e.g. US "
           "or CA."),
        tr("US"));
    country->setMaxLength(2);
    country->setMaximumWidth(country->fontMetrics().horizontalAdvance(u"MMMMMM"_s) + 16);
    connect(country, &QLineEdit::textEdited, country, [country](const QString &text) {
        if (text != text.toUpper()) {
            const int cursor = country->cursorPosition();
            country->setText(text.toUpper());
            country->setCursorPosition(cursor);
        }
    });
}

TollFreeContactPage::TollFreeContactPage(RequestSource source, QWidget *parent)
    : TollFreeFormPage(u"contact"_s, std::move(source), parent)
{
    setTitle(tr("Contact"));
    setSubTitle(tr("The person at the business the reviewers can reach. Fields marked * are "
                   "required."));
    addLineEdit(u"businessContactFirstName"_s, tr("First name of the business contact."),
                tr("Jane"));
    addLineEdit(u"businessContactLastName"_s, tr("Last name of the business contact."), tr("Doe"));
    addLineEdit(u"businessContactEmail"_s,
                tr("An address at the business's own domain works best; free-mail addresses "
                   "draw questions."),
                tr("jane.doe@example.com"));
    QLineEdit *phone = addLineEdit(
        u"businessContactPhone"_s,
        tr("In E.164: + country code and number, e.g. +15125550100. A US or Canadian number "
           "typed as (512) 555-0100 is converted when you leave the field. Not one of the "
           "toll-free numbers being verified."),
        tr("+15125550100"));
    connect(phone, &QLineEdit::editingFinished, phone, [phone] {
        const QString normalized = Validators::normalizeUsNumber(phone->text());
        if (!normalized.isEmpty() && normalized != phone->text())
            phone->setText(normalized);
    });
}

TollFreeUseCasePage::TollFreeUseCasePage(RequestSource source, QWidget *parent)
    : TollFreeFormPage(u"useCase"_s, std::move(source), parent)
{
    setTitle(tr("Use case"));
    setSubTitle(tr("What the messages are for and how many go out. Fields marked * are "
                   "required."));
    QList<std::pair<QString, QString>> useCases;
    const QStringList useCaseWires = tfvUseCases();
    for (const QString &wire : useCaseWires)
        useCases.append({wire, wire});
    addChoice(u"useCase"_s,
              tr("The category that fits the messages best. Political needs a Campaign Verify "
                 "token."),
              useCases, tr("Choose a use case…"));
    addTextEdit(u"useCaseSummary"_s,
                tr("In a few sentences: who receives the messages, what they are about and why "
                   "they are sent."),
                tr("Appointment reminders for patients who booked online or by phone."), 3);
    QList<std::pair<QString, QString>> volumes;
    const QStringList volumeWires = tfvMessageVolumes();
    for (const QString &wire : volumeWires)
        volumes.append({tr("%1 messages a month").arg(wire), wire});
    addChoice(u"messageVolume"_s, tr("The expected number of messages a month."), volumes,
              tr("Choose the expected volume…"));
    addCheck(u"ageGatedContent"_s, tr("The content is age-gated (for example 18+ or 21+)"),
             tr("Tick when the messages promote alcohol, tobacco, cannabis, gambling or other "
                "age-restricted content."));
    addLineEdit(u"isvReseller"_s,
                tr("When you submit for another business: the name of the ISV or reseller."),
                tr("Example Software Inc."));
    addLineEdit(u"campaignVerifyAuthorizationToken"_s,
                tr("Required for the Political use case: the authorization token from Campaign "
                   "Verify."),
                tr("cv|1.0|tcr|10dlc|…"));
}

TollFreeMessagesPage::TollFreeMessagesPage(RequestSource source, QWidget *parent)
    : TollFreeFormPage(u"messages"_s, std::move(source), parent)
{
    setTitle(tr("Messages and opt-in"));
    setSubTitle(tr("A real message and how people agree to receive them. Fields marked * are "
                   "required."));
    addTextEdit(u"productionMessageContent"_s,
                tr("A message exactly as it will be sent: with the business name and the "
                   "opt-out wording (Reply STOP to opt out). Avoid public link shorteners."),
                tr("Acme Dental: your appointment is tomorrow at 10:00. Reply STOP to opt out."),
                3);
    addTextEdit(u"optInWorkflow"_s,
                tr("How people agree to receive messages: where they give their number and "
                   "what they are told (checkbox on a form, keyword texted, sign-up page)."),
                tr("Patients tick an unchecked SMS consent box on the booking form…"), 4);
    addListEdit(u"optInWorkflowImageURLs"_s,
                tr("Links to screenshots of the opt-in (form, checkbox, keyword poster), one "
                   "per line."),
                tr("https://example.com/opt-in-form.png  (one link per line)"), 3);
    addLineEdit(u"optInKeywords"_s, tr("Keywords people text to opt in, if any."),
                tr("START, JOIN"));
    addTextEdit(u"optInConfirmationResponse"_s, tr("The message sent right after someone opts in."),
                tr("Acme Dental: you are subscribed to reminders. Msg&data rates may apply. "
                   "Reply HELP for help, STOP to cancel."),
                2);
    addTextEdit(u"helpMessageResponse"_s, tr("The answer to someone who texts HELP."),
                tr("Acme Dental: for help call +1 512 555 0100. Reply STOP to cancel."), 2);
    addLineEdit(u"privacyPolicyURL"_s,
                tr("The privacy policy; reviewers check it says mobile numbers are not shared "
                   "or sold."),
                tr("https://www.example.com/privacy"));
    addLineEdit(u"termsAndConditionURL"_s, tr("The terms and conditions of the messaging."),
                tr("https://www.example.com/terms"));
}

TollFreeNumbersPage::TollFreeNumbersPage(RequestSource source, QWidget *parent)
    : TollFreeFormPage(u"numbers"_s, std::move(source), parent)
    , m_count(new QLabel(this))
{
    setTitle(tr("Toll-free numbers"));
    setSubTitle(tr("The numbers to verify: US or Canadian toll-free numbers (+1 %1). Type or "
                   "paste them, one per line.")
                    .arg(Validators::tollFreePrefixList()));
    m_numbers = addListEdit(u"phoneNumbers"_s,
                            tr("One number per line (commas and semicolons also separate). "
                               "(888) 555-0101 and 1-888-555-0101 are understood; Tidy up "
                               "rewrites them as +18885550101."),
                            tr("+18885550101\n+18775550102"), 10);

    auto *row = new QWidget(this);
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    m_count->setObjectName(u"phoneNumbersCountLabel"_s);
    auto *tidy = new QPushButton(tr("Tidy &up"), row);
    tidy->setObjectName(u"tidyPhoneNumbersButton"_s);
    tidy->setToolTip(tr("Rewrite the numbers in E.164, one per line, without repeats."));
    rowLayout->addWidget(m_count, 1);
    rowLayout->addWidget(tidy);
    addExtraRow(row);

    connect(tidy, &QPushButton::clicked, this, &TollFreeNumbersPage::tidyNumbers);
    connect(m_numbers, &QPlainTextEdit::textChanged, this, &TollFreeNumbersPage::updateCount);
    updateCount();
}

void TollFreeNumbersPage::tidyNumbers()
{
    QStringList lines;
    const QList<ListEntry> entries = listEntries(u"phoneNumbers"_s, m_numbers->toPlainText());
    for (const ListEntry &entry : entries) {
        const QString typed = entry.text.trimmed();
        if (typed.isEmpty())
            continue;
        const QString normalized = Validators::normalizeUsNumber(typed);
        const QString number = normalized.isEmpty() ? typed : normalized;
        if (!lines.contains(number))
            lines.append(number);
    }
    const QString tidy = lines.join(u'\n');
    if (tidy != m_numbers->toPlainText())
        m_numbers->setPlainText(tidy);
}

bool TollFreeNumbersPage::validatePage()
{
    tidyNumbers();
    return true;
}

void TollFreeNumbersPage::updateCount()
{
    int count = 0;
    int bad = 0;
    const QList<ListEntry> entries = listEntries(u"phoneNumbers"_s, m_numbers->toPlainText());
    for (const ListEntry &entry : entries) {
        const QString typed = entry.text.trimmed();
        if (typed.isEmpty())
            continue;
        ++count;
        const QString normalized = Validators::normalizeUsNumber(typed);
        if (!Validators::tollFreeNumber(normalized.isEmpty() ? typed : normalized).isEmpty())
            ++bad;
    }
    if (count == 0)
        m_count->setText(tr("No numbers yet."));
    else if (bad == 0)
        m_count->setText(tr("%Ln number(s).", nullptr, count));
    else
        m_count->setText(tr("%Ln number(s), ", nullptr, count) +
                         tr("%Ln not a toll-free number.", nullptr, bad));
}

TollFreeAdditionalPage::TollFreeAdditionalPage(RequestSource source, QWidget *parent)
    : TollFreeFormPage(u"additional"_s, std::move(source), parent)
{
    setTitle(tr("Additional information and webhook"));
    setSubTitle(tr("Anything else the reviewers should know, and where status changes are "
                   "posted. Fields marked * are required."));
    addTextEdit(u"additionalInformation"_s,
                tr("Context for the reviewers: e.g. why more than five numbers are needed, or "
                   "what changed since a previous rejection."),
                tr("Reminders only; no marketing."), 6);
    addLineEdit(u"webhookUrl"_s,
                tr("An http(s) URL that receives a webhook when the request changes status."),
                tr("https://hooks.example.com/telnyx/tollfree"));
}
