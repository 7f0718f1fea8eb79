#include "hostednumbereditor.h"

#include "api/apicall.h"
#include "hostedrecords.h"
#include "hostedwizardui.h"
#include "widgets/detailpanekit.h"
#include "widgets/fieldfeedback.h"
#include "widgets/messagingprofilepicker.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

const QString kProfile = u"messaging_profile_id"_s;
const QString kProduct = u"messaging_product"_s;
const QString kTags = u"tags"_s;

// The settings the editor changes, as stored: to tell a changed record from a refresh.
bool sameSettings(const MessagingHostedNumber &a, const MessagingHostedNumber &b)
{
    return a.id == b.id && a.messagingProfileId == b.messagingProfileId &&
           a.messagingProduct == b.messagingProduct && a.tags == b.tags;
}

} // namespace

HostedNumberEditor::HostedNumberEditor(HostedRecords *records, QWidget *parent)
    : QWidget(parent)
    , m_records(records)
    , m_profile(new MessagingProfilePicker(this))
    , m_product(new QComboBox(this))
    , m_tags(new QLineEdit(this))
    , m_saveButton(new QPushButton(tr("&Save settings"), this))
    , m_progress(HostedWizardUi::busyBar(u"saveNumberProgress"_s, this))
    , m_error(new QLabel(this))
{
    setObjectName(u"hostedNumberEditor"_s);
    m_profile->lineEdit()->setObjectName(u"numberProfileEdit"_s);
    m_profile->lineEdit()->setPlaceholderText(tr("Name or id (empty: no profile)"));
    m_profile->setToolTip(tr("The messaging profile the number sends and receives under"));
    m_product->setObjectName(u"messagingProductCombo"_s);
    m_product->setEditable(true);
    m_product->addItems({u"A2P"_s, u"P2P"_s});
    m_product->setToolTip(tr("The messaging product the number should be on"));
    m_tags->setObjectName(u"numberTagsEdit"_s);
    m_tags->setPlaceholderText(tr("Comma separated, e.g. front-desk, east"));
    m_tags->setClearButtonEnabled(true);
    m_saveButton->setObjectName(u"saveNumberButton"_s);
    DetailPaneKit::setUpErrorLabel(m_error, u"numberEditError"_s);

    m_profileFeedback = new FieldFeedback(m_profile->lineEdit(), {}, this);
    m_productFeedback = new FieldFeedback(m_product, {}, this);
    m_tagsFeedback = new FieldFeedback(m_tags, {}, this);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addRow = [this, form](const QString &text, QWidget *editor,
                                     FieldFeedback *feedback) {
        auto *label = new QLabel(text, this);
        label->setBuddy(editor);
        auto *column = new QVBoxLayout;
        column->setSpacing(2);
        column->addWidget(editor);
        column->addWidget(feedback->messageLabel());
        form->addRow(label, column);
    };
    addRow(tr("&Messaging profile:"), m_profile, m_profileFeedback);
    addRow(tr("P&roduct:"), m_product, m_productFeedback);
    addRow(tr("&Tags:"), m_tags, m_tagsFeedback);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    buttons->addStretch();
    buttons->addWidget(m_saveButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_error);

    connect(m_profile, &MessagingProfilePicker::edited, this, &HostedNumberEditor::updateButtons);
    connect(m_product, &QComboBox::currentTextChanged, this, &HostedNumberEditor::updateButtons);
    connect(m_tags, &QLineEdit::textChanged, this, &HostedNumberEditor::updateButtons);
    connect(m_saveButton, &QPushButton::clicked, this, &HostedNumberEditor::save);
    updateButtons();
}

HostedNumberEditor::~HostedNumberEditor()
{
    cancel();
}

void HostedNumberEditor::setMessagingProfiles(MessagingProfiles *profiles)
{
    m_profile->setProfiles(profiles);
}

void HostedNumberEditor::setNumber(const MessagingHostedNumber &number)
{
    const bool refill = !sameSettings(number, m_number);
    if (number.id != m_number.id)
        cancel();
    m_number = number;
    if (refill)
        fillInputs();
    updateButtons();
}

void HostedNumberEditor::fillInputs()
{
    for (FieldFeedback *feedback : {m_profileFeedback, m_productFeedback, m_tagsFeedback}) {
        feedback->setTracking(false);
        feedback->setServerProblem({});
    }
    m_profile->setProfileId(m_number.messagingProfileId.value_or(QString()));
    m_product->setCurrentText(m_number.messagingProduct);
    m_tags->setText(m_number.tags.join(u", "_s));
    for (FieldFeedback *feedback : {m_profileFeedback, m_productFeedback, m_tagsFeedback}) {
        feedback->setTracking(true);
        feedback->setTouched(false);
    }
    DetailPaneKit::showMessage(m_error, {});
}

QStringList HostedNumberEditor::parseTags(const QString &text)
{
    QStringList tags;
    const QStringList parts = text.split(u',');
    for (const QString &part : parts) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !tags.contains(tag))
            tags.append(tag);
    }
    return tags;
}

MessagingHostedNumberUpdate HostedNumberEditor::pendingUpdate() const
{
    MessagingHostedNumberUpdate update;
    if (m_number.id.isEmpty())
        return update;
    const QString profile = m_profile->profileId();
    if (profile != m_number.messagingProfileId.value_or(QString()))
        update.messagingProfileId = profile; // "" unassigns the number
    const QString product = m_product->currentText().trimmed();
    if (!product.isEmpty() && product != m_number.messagingProduct)
        update.messagingProduct = product;
    const QStringList tags = parseTags(m_tags->text());
    if (tags != m_number.tags)
        update.tags = tags;
    return update;
}

QString HostedNumberEditor::errorText() const
{
    return DetailPaneKit::shownText(m_error);
}

void HostedNumberEditor::updateButtons()
{
    const bool saving = isSaving();
    m_saveButton->setEnabled(!saving && pendingUpdate() != MessagingHostedNumberUpdate{});
    m_progress->setVisible(saving);
    m_profile->setEnabled(!saving);
    m_product->setEnabled(!saving);
    m_tags->setReadOnly(saving);
}

void HostedNumberEditor::save()
{
    const MessagingHostedNumberUpdate update = pendingUpdate();
    if (isSaving() || update == MessagingHostedNumberUpdate{})
        return;
    DetailPaneKit::showMessage(m_error, {});
    for (FieldFeedback *feedback : {m_profileFeedback, m_productFeedback, m_tagsFeedback})
        feedback->setServerProblem({});
    const QString shown = m_number.phoneNumber.isEmpty() ? m_number.id : m_number.phoneNumber;
    auto *call = m_records->updateNumber(m_number.id, update);
    m_saveCall = call;
    updateButtons();
    Q_EMIT statusMessage(tr("Saving the settings of %1…").arg(shown));
    call->onResult(this, [this, shown](const MessagingHostedNumber &) {
        m_saveCall = nullptr;
        updateButtons();
        Q_EMIT statusMessage(tr("Saved the settings of %1.").arg(shown));
    });
    connect(call, &ApiCall::failed, this, [this](const ApiError &error) {
        m_saveCall = nullptr;
        updateButtons();
        if (error.kind() != ApiError::Kind::Cancelled)
            showFailure(error);
    });
}

void HostedNumberEditor::cancel()
{
    DetailPaneKit::cancelCall(m_saveCall, this);
}

void HostedNumberEditor::showFailure(const ApiError &error)
{
    const QHash<QString, FieldFeedback *> fields{{u"/"_s + kProfile, m_profileFeedback},
                                                 {u"/"_s + kProduct, m_productFeedback},
                                                 {u"/"_s + kTags, m_tagsFeedback}};
    FieldFeedback *first = nullptr;
    const QStringList known{kProfile, kProduct, kTags};
    const QList<ApiErrorItem> items = error.fieldItems(known);
    for (const ApiErrorItem &item : items) {
        // "/tags/1" belongs to the tags field.
        const QString field = item.pointer.section(u'/', 0, 1);
        if (FieldFeedback *feedback = fields.value(field)) {
            feedback->setServerProblem(item.detail.isEmpty() ? item.title : item.detail);
            if (!first)
                first = feedback;
        }
    }
    if (first)
        first->editor()->setFocus(Qt::OtherFocusReason);
    QStringList unplaced;
    const QList<ApiErrorItem> others = error.unplacedItems(known);
    for (const ApiErrorItem &item : others)
        unplaced << (item.detail.isEmpty() ? item.title : item.detail);
    if (!first || !unplaced.isEmpty())
        DetailPaneKit::showMessage(
            m_error, tr("Could not save the settings: %1")
                         .arg(unplaced.isEmpty() ? error.message() : unplaced.join(u' ')));
}
