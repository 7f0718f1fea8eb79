#include "tollfreereviewpage.h"

#include "consolepalette.h"
#include "hosted/hostedwizardui.h"
#include "tollfreeformpage.h"
#include "tollfreewizard.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QStyle>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString htmlValue(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

} // namespace

TollFreeReviewPage::TollFreeReviewPage(TollFreeWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_banner(new QLabel(this))
    , m_serverError(new QLabel(this))
    , m_summary(new QTextBrowser(this))
    , m_changesLabel(new QLabel(tr("What changed since the request was sent:"), this))
    , m_changes(new QTextBrowser(this))
    , m_warningsLabel(new QLabel(this))
    , m_warningList(new QListWidget(this))
    , m_acknowledge(
          new QCheckBox(tr("I have read these &warnings and want to submit anyway"), this))
    , m_showJson(new QPushButton(tr("Show the &JSON body"), this))
    , m_json(new QPlainTextEdit(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_problemsLabel(new QLabel(this))
{
    setObjectName(u"reviewPage"_s);
    setTitle(tr("Review"));
    setSubTitle(tr("Everything below is what will be sent. Check the warnings: they are the "
                   "usual reasons requests come back."));
    setFinalPage(true);

    m_banner->setObjectName(u"reviewPageBanner"_s);
    m_banner->setTextFormat(Qt::PlainText); // quotes the reviewers' reason
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(
        ConsolePalette().bannerStyle(ConsolePalette::Kind::Warning, u"QLabel"_s, u"6px"_s));
    m_banner->hide();
    m_serverError->setObjectName(u"reviewServerError"_s);
    m_serverError->setWordWrap(true);
    m_serverError->setTextFormat(Qt::PlainText);
    m_serverError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_serverError->setStyleSheet(HostedWizardUi::errorStyle());
    m_serverError->hide();
    m_summary->setObjectName(u"reviewSummary"_s);
    m_summary->setAccessibleName(tr("What will be sent"));
    m_summary->setOpenLinks(false);
    m_summary->setMinimumHeight(160);
    m_changesLabel->setObjectName(u"reviewChangesLabel"_s);
    m_changes->setObjectName(u"reviewChanges"_s);
    m_changes->setAccessibleName(m_changesLabel->text());
    m_changes->setMaximumHeight(110);
    m_warningsLabel->setObjectName(u"reviewWarningsLabel"_s);
    m_warningsLabel->setWordWrap(true);
    m_warningList->setObjectName(u"reviewWarnings"_s);
    m_warningList->setAccessibleName(tr("Warnings"));
    m_warningList->setWordWrap(true);
    m_warningList->setMaximumHeight(150);
    m_warningList->setToolTip(tr("Double-click (or press Enter on) a warning to go to its "
                                 "field."));
    m_acknowledge->setObjectName(u"acknowledgeWarningsCheck"_s);
    m_showJson->setObjectName(u"showJsonButton"_s);
    m_showJson->setCheckable(true);
    m_showJson->setToolTip(tr("The exact request body, as sent to the API."));
    m_json->setObjectName(u"reviewJson"_s);
    m_json->setReadOnly(true);
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    TollFreeFormPage::setMonospaceHint(m_json);
    m_json->hide();
    m_progress->setObjectName(u"submitProgress"_s);
    m_progress->setRange(0, 0); // busy: the API gives no progress for one small request
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_progress->hide();
    m_status->setObjectName(u"submitStatusLabel"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    m_problemsLabel->setObjectName(u"reviewPageProblems"_s);
    m_problemsLabel->setTextFormat(Qt::PlainText); // may quote the server's field problem
    m_problemsLabel->setWordWrap(true);
    m_problemsLabel->setStyleSheet(ConsolePalette().textStyle(ConsolePalette::Kind::Warning));
    m_problemsLabel->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_serverError);
    layout->addWidget(m_summary, 3);
    auto *jsonRow = new QHBoxLayout;
    jsonRow->addStretch(1);
    jsonRow->addWidget(m_showJson);
    layout->addLayout(jsonRow);
    layout->addWidget(m_json, 2);
    layout->addWidget(m_changesLabel);
    layout->addWidget(m_changes, 1);
    layout->addWidget(m_warningsLabel);
    layout->addWidget(m_warningList, 1);
    layout->addWidget(m_acknowledge);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_problemsLabel);

    connect(m_showJson, &QPushButton::toggled, m_json, &QWidget::setVisible);
    connect(m_showJson, &QPushButton::toggled, this, [this](bool shown) {
        m_showJson->setText(shown ? tr("Hide the &JSON body") : tr("Show the &JSON body"));
    });
    connect(m_acknowledge, &QCheckBox::toggled, this, [this](bool checked) {
        QStringList messages;
        for (const ReadinessWarning &warning : std::as_const(m_warnings))
            messages.append(warning.message);
        m_acknowledgedWarnings = checked ? messages.join(u'\n') : QString();
        updateProblemsLabel();
        Q_EMIT completeChanged();
    });
    connect(m_warningList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        m_wizard->goToField(item->data(Qt::UserRole).toString());
    });
}

void TollFreeReviewPage::initializePage()
{
    showStatus({}, false);
    showServerError({});
    refresh();
}

void TollFreeReviewPage::refresh()
{
    const TollFreeVerificationRequest request = m_wizard->request();
    const QJsonObject body = request.toJson();
    const QStringList changed = m_wizard->isEditing() ? m_wizard->changedFields() : QStringList();

    // Summary: every field, grouped as in the wizard.
    // One table for all groups, so the values line up from top to bottom.
    const ConsolePalette colours;
    QString html = u"<style>td { padding: 2px 12px 2px 0; vertical-align: top; } "
                   ".label { color: %1; white-space: nowrap; } .unset { color: %1; } "
                   ".changed { background: %2; } "
                   ".group { font-weight: bold; font-size: large; padding-top: 10px; }"
                   "</style><table width='100%'>"_s.arg(
                       colours.muted().name(),
                       colours.badgeBackground(ConsolePalette::Tone::ActionNeeded).name());
    for (int pageId = TollFreeWizard::BusinessPageId; pageId < TollFreeWizard::ReviewPageId;
         ++pageId) {
        const TollFreeFormPage *page = m_wizard->formPage(pageId);
        html +=
            u"<tr><td colspan='2' class='group'>%1</td></tr>"_s.arg(page->title().toHtmlEscaped());
        const QStringList fields = page->fieldNames();
        for (const QString &field : fields) {
            const QJsonValue value = body.value(field);
            QString shown;
            if (request.clearedFields.contains(field)) {
                shown = u"<span class='unset'>%1</span>"_s.arg(tr("cleared"));
            } else if (value.isUndefined() || (value.isString() && value.toString().isEmpty())) {
                shown = u"<span class='unset'>%1</span>"_s.arg(tr("not given"));
            } else if (value.isBool()) {
                shown = value.toBool() ? tr("Yes") : tr("No");
            } else if (value.isArray()) {
                QStringList lines;
                const QString member = TollFreeVerificationRequest::listEntryMember(field);
                const QJsonArray entries = value.toArray();
                for (const QJsonValue &entry : entries)
                    lines.append(entry.toObject().value(member).toString());
                shown = lines.isEmpty() ? u"<span class='unset'>%1</span>"_s.arg(tr("none"))
                                        : htmlValue(lines.join(u'\n'));
            } else if (field == u"entityType"_s) {
                shown = htmlValue(
                    u"%1 (%2)"_s.arg(tfvEntityTypeLabel(value.toString()), value.toString()));
            } else {
                shown = htmlValue(value.toString());
            }
            const bool isChanged = changed.contains(field);
            html += u"<tr%1><td class='label' width='30%'>%2</td><td>%3%4</td></tr>"_s.arg(
                isChanged ? u" class='changed'"_s : QString(),
                tollFreeFieldLabel(field).toHtmlEscaped(), shown,
                isChanged ? u" <i>(%1)</i>"_s.arg(tr("changed")) : QString());
        }
    }
    html += u"</table>"_s;
    const int scroll = m_summary->verticalScrollBar() ? m_summary->verticalScrollBar()->value() : 0;
    m_summary->setHtml(html);
    m_summary->verticalScrollBar()->setValue(scroll);
    m_json->setPlainText(QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Indented)));

    // Changes against the request as the server has it.
    m_changesLabel->setVisible(m_wizard->isEditing());
    m_changes->setVisible(m_wizard->isEditing());
    if (m_wizard->isEditing()) {
        const QJsonObject before = normalizedTollFreeRequest(m_wizard->originalRequest()).toJson();
        const auto text = [](const QString &field, const QJsonValue &value) {
            if (value.isBool())
                return value.toBool() ? tr("Yes") : tr("No");
            if (value.isArray()) {
                QStringList items;
                const QJsonArray entries = value.toArray();
                for (const QJsonValue &entry : entries)
                    items.append(entry.toObject()
                                     .value(TollFreeVerificationRequest::listEntryMember(field))
                                     .toString());
                return items.join(u", "_s);
            }
            return value.toString();
        };
        QString changes;
        // Emptied fields are cleared on the server, not left as they were: say which.
        QStringList cleared;
        for (const QString &field : std::as_const(request.clearedFields))
            cleared.append(tollFreeFieldLabel(field));
        if (!cleared.isEmpty())
            changes += u"<p>%1</p>"_s.arg(
                tr("These fields will be cleared: %1.").arg(cleared.join(u", "_s)).toHtmlEscaped());
        for (const QString &field : changed) {
            const QString from = text(field, before.value(field));
            const QString to = text(field, body.value(field));
            changes += u"<p><b>%1</b>: <s>%2</s> → %3</p>"_s.arg(
                tollFreeFieldLabel(field).toHtmlEscaped(),
                from.isEmpty() ? tr("(empty)") : htmlValue(from),
                request.clearedFields.contains(field) ? tr("(cleared)")
                : to.isEmpty()                        ? tr("(empty)")
                                                      : htmlValue(to));
        }
        if (changed.isEmpty())
            changes = tr("Nothing changed yet: the request would be resubmitted as it is.")
                          .toHtmlEscaped();
        m_changes->setHtml(changes);
    }

    // Readiness warnings.
    m_warnings = m_wizard->readinessWarnings();
    QStringList messages;
    m_warningList->clear();
    for (const ReadinessWarning &warning : std::as_const(m_warnings)) {
        messages.append(warning.message);
        QStyle::StandardPixmap icon = QStyle::SP_MessageBoxWarning;
        if (warning.severity == ReadinessWarning::Severity::Advice)
            icon = QStyle::SP_MessageBoxInformation;
        else if (warning.severity == ReadinessWarning::Severity::LikelyRejection)
            icon = QStyle::SP_MessageBoxCritical;
        auto *item = new QListWidgetItem(
            style()->standardIcon(icon),
            u"%1 — %2: %3"_s.arg(readinessSeverityLabel(warning.severity),
                                 tollFreeFieldLabel(warning.fieldName), warning.message),
            m_warningList);
        item->setData(Qt::UserRole, warning.fieldName);
    }
    const QString warningKey = messages.join(u'\n');
    if (warningKey != m_acknowledgedWarnings) {
        // New or different warnings: the earlier tick does not cover them.
        const QSignalBlocker blocker(m_acknowledge);
        m_acknowledge->setChecked(false);
        m_acknowledgedWarnings.clear();
    }
    m_warningsLabel->setText(
        m_warnings.isEmpty()
            ? tr("No readiness warnings: nothing the usual review checks would object to.")
            : tr("%Ln thing(s) the reviewers may object to (double-click one to fix it):", nullptr,
                 int(m_warnings.size())));
    m_warningList->setVisible(!m_warnings.isEmpty());
    m_acknowledge->setVisible(!m_warnings.isEmpty());

    updateProblemsLabel();
    Q_EMIT completeChanged();
}

bool TollFreeReviewPage::warningsAcknowledged() const
{
    return m_warnings.isEmpty() || m_acknowledge->isChecked();
}

QString TollFreeReviewPage::blockingReason() const
{
    const auto problems = m_wizard->fieldProblems();
    if (!problems.isEmpty()) {
        const int page = m_wizard->pageOfField(problems.first().first);
        return tr("Fix this first (page “%1”): %2")
            .arg(m_wizard->formPage(page)->title(), problems.first().second);
    }
    if (!warningsAcknowledged())
        return tr("Tick “I have read these warnings” to submit anyway, or go back and fix "
                  "them.");
    return {};
}

void TollFreeReviewPage::updateProblemsLabel()
{
    const QString reason = m_submitting ? QString() : blockingReason();
    m_problemsLabel->setText(reason);
    m_problemsLabel->setVisible(!reason.isEmpty());
}

bool TollFreeReviewPage::isComplete() const
{
    return !m_submitting && blockingReason().isEmpty();
}

bool TollFreeReviewPage::validatePage()
{
    return m_wizard->handleFinish();
}

void TollFreeReviewPage::setSubmitting(bool submitting)
{
    m_submitting = submitting;
    if (submitting)
        showServerError({}); // only the new answer counts
    m_progress->setVisible(submitting);
    m_acknowledge->setEnabled(!submitting);
    m_warningList->setEnabled(!submitting);
    if (submitting)
        showStatus(m_wizard->isEditing() ? tr("Sending the changes to Telnyx…")
                                         : tr("Sending the request to Telnyx…"),
                   false);
    updateProblemsLabel();
    Q_EMIT completeChanged();
}

void TollFreeReviewPage::showStatus(const QString &text, bool isError)
{
    m_status->setText(text);
    m_status->setStyleSheet(isError ? ConsolePalette().textStyle(ConsolePalette::Kind::Error)
                                    : QString());
    m_status->setVisible(!text.isEmpty());
}

void TollFreeReviewPage::showServerError(const QString &text)
{
    m_serverError->setText(text);
    m_serverError->setVisible(!text.isEmpty());
}

void TollFreeReviewPage::setBanner(const QString &text)
{
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
}
