#include "hostedwizardcodespage.h"

#include "api/apicall.h"
#include "api/apierror.h"
#include "api/resendadvice.h"
#include "domain/validators.h"
#include "hostedorderwizard.h"
#include "hostedrecords.h"
#include "hostedwizardui.h"

#include <QButtonGroup>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTime>
#include <QVBoxLayout>

#include <optional>

using namespace Qt::StringLiterals;
using namespace HostedWizardUi;

// --- Step 5: verification codes ----------------------------------------------------------------

void VerificationCodeTable::keyPressEvent(QKeyEvent *event)
{
    if (event == QKeySequence::Paste && state() != QAbstractItemView::EditingState) {
        pasteText(QGuiApplication::clipboard()->text());
        event->accept();
        return;
    }
    QTableWidget::keyPressEvent(event);
}

void VerificationCodeTable::commitEditing()
{
    if (state() == QAbstractItemView::EditingState && currentIndex().isValid())
        setCurrentCell(currentRow(), currentColumn() == StatusColumn ? CodeColumn : StatusColumn);
}

void VerificationCodeTable::pasteText(const QString &text)
{
    QStringList lines = text.split(u'\n');
    for (QString &line : lines)
        line = line.trimmed();
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    if (lines.isEmpty())
        return;

    // "number<TAB>code" (or comma) lines: each code goes on its number's row.
    QHash<QString, int> rowOf;
    for (int row = 0; row < rowCount(); ++row)
        rowOf.insert(item(row, NumberColumn)->text(), row);
    QList<std::pair<int, QString>> byNumber;
    for (const QString &line : std::as_const(lines)) {
        const QStringList cells = line.split(QRegularExpression(u"[\\t,;]"_s));
        if (cells.size() < 2)
            break;
        const QString number = Validators::normalizeUsNumber(cells.first().trimmed());
        if (!rowOf.contains(number))
            break;
        byNumber.append({rowOf.value(number), cells.at(1).trimmed()});
    }
    if (byNumber.size() == lines.size()) {
        for (const auto &[row, code] : std::as_const(byNumber))
            item(row, CodeColumn)->setText(code);
        return;
    }
    // A column of codes: fill down from the current row, skipping rows that take no code.
    int row = std::max(0, currentRow());
    for (const QString &line : std::as_const(lines)) {
        while (row < rowCount() && !(item(row, CodeColumn)->flags() & Qt::ItemIsEditable))
            ++row;
        if (row >= rowCount())
            break;
        const QString code = line.split(QRegularExpression(u"[\\t,;]"_s)).constLast().trimmed();
        item(row, CodeColumn)->setText(code);
        ++row;
    }
}

HostedCodesPage::HostedCodesPage(HostedOrderWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_sms(new QRadioButton(tr("By &SMS"), this))
    , m_voice(new QRadioButton(tr("By c&all"), this))
    , m_send(new QPushButton(tr("Sen&d codes"), this))
    , m_sendNew(new QPushButton(tr("Send new code to re&jected"), this))
    , m_validate(new QPushButton(tr("&Validate codes"), this))
    , m_table(new VerificationCodeTable(0, 3, this))
    , m_progress(busyBar(u"codesProgress"_s, this))
    , m_status(wrappedLabel(u"codesStatusLabel"_s, this))
    , m_problems(problemsLabel(u"codesPageProblems"_s, this))
{
    setObjectName(u"codesPage"_s);
    setTitle(tr("Verification codes"));
    setSubTitle(tr("Prove that the numbers are yours: Telnyx sends a code to each number. Type "
                   "(or paste) the codes in the table and validate them."));
    m_sms->setObjectName(u"smsRadio"_s);
    m_voice->setObjectName(u"callRadio"_s);
    m_sms->setChecked(true);
    m_sms->setToolTip(tr("A text message with the code (for numbers that receive SMS)."));
    m_voice->setToolTip(tr("A phone call that reads the code (for landlines)."));
    auto *group = new QButtonGroup(this);
    group->addButton(m_sms);
    group->addButton(m_voice);
    m_send->setObjectName(u"sendCodesButton"_s);
    m_send->setToolTip(tr("Send a code to every number not verified yet."));
    m_sendNew->setObjectName(u"sendNewCodesButton"_s);
    m_sendNew->setToolTip(tr("Send a new code to the numbers whose code was rejected."));
    m_validate->setObjectName(u"validateCodesButton"_s);
    m_validate->setToolTip(tr("Check the codes typed with Telnyx."));
    m_table->setObjectName(u"codesTable"_s);
    m_table->setAccessibleName(tr("Verification codes"));
    m_table->setTabKeyNavigation(false); // Tab moves on; the arrows move between rows
    m_table->setHorizontalHeaderLabels({tr("Number"), tr("Code"), tr("Status")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(1, 110);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->setToolTip(tr("Type each code in its row, or paste a column of codes (Ctrl+V) "
                           "to fill down from the selected row."));
    m_status->hide();

    auto *methodRow = new QHBoxLayout;
    methodRow->addWidget(new QLabel(tr("Send the codes:"), this));
    methodRow->addWidget(m_sms);
    methodRow->addWidget(m_voice);
    methodRow->addStretch(1);
    methodRow->addWidget(m_send);
    auto *actionRow = new QHBoxLayout;
    actionRow->addWidget(m_sendNew);
    actionRow->addStretch(1);
    actionRow->addWidget(m_validate);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(methodRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(actionRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_problems);

    connect(m_send, &QPushButton::clicked, this, [this] { sendCodes(); });
    connect(m_sendNew, &QPushButton::clicked, this, &HostedCodesPage::sendNewCodes);
    connect(m_validate, &QPushButton::clicked, this, &HostedCodesPage::validateCodes);
    connect(m_sms, &QRadioButton::toggled, this, [this] {
        m_wizard->m_state.verificationMethod = methodWire();
        m_wizard->onEdited();
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_filling || item->column() != VerificationCodeTable::CodeColumn)
            return;
        const QString number = m_numbers.value(item->row());
        if (number.isEmpty())
            return;
        m_wizard->m_state.codes[number].code = item->text().trimmed();
        m_wizard->onEdited();
        updateButtons();
    });
}

QString HostedCodesPage::methodWire() const
{
    return m_voice->isChecked() ? u"call"_s : u"sms"_s;
}

void HostedCodesPage::initializePage()
{
    m_numbers = HostedWizardState::numbersToVerify(m_wizard->m_order);
    (m_wizard->m_state.verificationMethod == u"call"_s ? m_voice : m_sms)->setChecked(true);
    rebuildTable();
    m_status->hide();
    updateButtons();
}

void HostedCodesPage::rebuildTable()
{
    m_filling = true;
    m_table->setRowCount(int(m_numbers.size()));
    for (int row = 0; row < m_numbers.size(); ++row) {
        m_table->setItem(row, VerificationCodeTable::NumberColumn, readOnlyItem(m_numbers.at(row)));
        auto *code = new QTableWidgetItem;
        code->setTextAlignment(Qt::AlignCenter);
        m_table->setItem(row, VerificationCodeTable::CodeColumn, code);
        m_table->setItem(row, VerificationCodeTable::StatusColumn, readOnlyItem({}));
        updateRow(row);
    }
    m_filling = false;
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(0, VerificationCodeTable::CodeColumn);
}

void HostedCodesPage::updateRow(int row)
{
    const bool wasFilling = m_filling;
    m_filling = true;
    const HostedWizardState::NumberCode state = m_wizard->m_state.codes.value(m_numbers.at(row));
    QTableWidgetItem *code = m_table->item(row, VerificationCodeTable::CodeColumn);
    QTableWidgetItem *status = m_table->item(row, VerificationCodeTable::StatusColumn);
    const bool verified = state.progress == CodeProgress::Verified;
    code->setText(verified ? QString() : state.code);
    code->setFlags(verified ? (code->flags() & ~Qt::ItemIsEditable)
                            : (code->flags() | Qt::ItemIsEditable));
    QString text;
    std::optional<ConsolePalette::Tone> tone;
    switch (state.progress) {
    case CodeProgress::NotSent:
        text = tr("No code sent yet");
        break;
    case CodeProgress::Sent:
        text = tr("Code sent: type it here");
        tone = ConsolePalette::Tone::ActionNeeded;
        break;
    case CodeProgress::SendFailed:
        text = tr("Not sent: %1").arg(state.detail);
        tone = ConsolePalette::Tone::Failure;
        break;
    case CodeProgress::Verified:
        text = tr("✔ Verified");
        tone = ConsolePalette::Tone::Success;
        break;
    case CodeProgress::Rejected:
        text = tr("✖ Rejected: the code is wrong or expired; send a new code");
        tone = ConsolePalette::Tone::Failure;
        break;
    }
    status->setText(text);
    status->setToolTip(text);
    if (tone)
        tint(status, *tone);
    else
        untint(status);
    m_filling = wasFilling;
}

void HostedCodesPage::updateButtons()
{
    const HostedWizardState &state = m_wizard->m_state;
    bool anyUnverified = false;
    bool anyTyped = false;
    for (const QString &number : std::as_const(m_numbers)) {
        const HostedWizardState::NumberCode code = state.codes.value(number);
        if (code.progress == CodeProgress::Verified)
            continue;
        anyUnverified = true;
        anyTyped = anyTyped || !code.code.trimmed().isEmpty();
    }
    const bool busy = isBusy();
    m_send->setEnabled(!busy && anyUnverified);
    m_sendNew->setEnabled(!busy && !state.rejectedNumbers(m_numbers).isEmpty());
    m_validate->setEnabled(!busy && anyTyped);
    m_sms->setEnabled(!busy);
    m_voice->setEnabled(!busy);
    m_progress->setVisible(busy);

    QString problem;
    if (m_numbers.isEmpty()) {
        problem = tr("This order has no number that can be verified.");
    } else if (!state.allVerified(m_numbers)) {
        int left = 0;
        for (const QString &number : std::as_const(m_numbers))
            left += state.codes.value(number).progress == CodeProgress::Verified ? 0 : 1;
        problem = tr("%Ln number(s) not verified yet: send the codes, type them in the table and "
                     "press Validate codes. You can also close the wizard and finish later.",
                     nullptr, left);
    }
    showProblem(m_problems, problem);
    Q_EMIT completeChanged();
}

bool HostedCodesPage::isComplete() const
{
    return !isBusy() && !m_numbers.isEmpty() && m_wizard->m_state.allVerified(m_numbers);
}

void HostedCodesPage::showStatus(const QString &text, bool isError)
{
    m_status->setText(text);
    m_status->setStyleSheet(isError ? errorStyle() : QString());
    m_status->setVisible(!text.isEmpty());
}

void HostedCodesPage::sendCodes(const QStringList &numbers)
{
    if (isBusy())
        return;
    QStringList targets = numbers;
    if (targets.isEmpty()) {
        for (const QString &number : std::as_const(m_numbers)) {
            if (m_wizard->m_state.codes.value(number).progress != CodeProgress::Verified)
                targets.append(number);
        }
    }
    if (targets.isEmpty())
        return;
    VerificationCodesRequest request;
    request.phoneNumbers = targets;
    request.verificationMethod = methodWire();
    auto *call = m_wizard->track(
        m_wizard->m_records->sendVerificationCodes(m_wizard->m_state.orderId, request));
    m_call = call;
    call->onResult(this, [this](const QList<VerificationCodeResult> &results) {
        m_call = nullptr;
        int sent = 0;
        for (const VerificationCodeResult &result : results) {
            HostedWizardState::NumberCode &code = m_wizard->m_state.codes[result.phoneNumber];
            if (result.succeeded()) {
                code.progress = CodeProgress::Sent;
                code.code.clear(); // a new code replaces whatever was typed
                code.detail.clear();
                ++sent;
            } else {
                code.progress = CodeProgress::SendFailed;
                code.detail = result.error;
            }
            const qsizetype row = m_numbers.indexOf(result.phoneNumber);
            if (row >= 0)
                updateRow(int(row));
        }
        const int failed = int(results.size()) - sent;
        showStatus(failed == 0
                       ? tr("%Ln code(s) sent at %1.", nullptr, sent)
                             .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat))
                       : tr("%1 sent, %2 could not be sent (see the table).")
                             .arg(tr("%Ln code(s)", nullptr, sent))
                             .arg(failed),
                   failed > 0);
        m_wizard->flushDraft();
        updateButtons();
    });
    connect(call, &ApiCall::failed, this, [this, call](const ApiError &error) {
        if (m_call == call)
            m_call = nullptr;
        if (error.kind() != ApiError::Kind::Cancelled || error.isOutcomeUnknown())
            showStatus(
                error.message() + u' ' +
                    resendAdviceText(resendAdviceFor(error), CreatedThing::VerificationCodes),
                true);
        updateButtons();
    });
    showStatus(tr("Sending %Ln code(s)…", nullptr, int(targets.size())), false);
    updateButtons();
}

void HostedCodesPage::sendNewCodes()
{
    const QStringList rejected = m_wizard->m_state.rejectedNumbers(m_numbers);
    if (!rejected.isEmpty())
        sendCodes(rejected);
}

void HostedCodesPage::validateCodes()
{
    if (isBusy())
        return;
    m_table->commitEditing();
    ValidationCodesRequest request;
    for (const QString &number : std::as_const(m_numbers)) {
        const HostedWizardState::NumberCode code = m_wizard->m_state.codes.value(number);
        if (code.progress != CodeProgress::Verified && !code.code.trimmed().isEmpty())
            request.verificationCodes.append({number, code.code.trimmed()});
    }
    if (request.verificationCodes.isEmpty())
        return;
    auto *call =
        m_wizard->track(m_wizard->m_records->validateCodes(m_wizard->m_state.orderId, request));
    m_call = call;
    call->onResult(this, [this](const CodeValidationResult &result) {
        m_call = nullptr;
        int verified = 0;
        int rejected = 0;
        for (const CodeValidationNumber &number : result.numbers) {
            HostedWizardState::NumberCode &code = m_wizard->m_state.codes[number.phoneNumber];
            switch (number.statusValue()) {
            case CodeValidationStatus::Verified:
            case CodeValidationStatus::AlreadyVerified:
                code.progress = CodeProgress::Verified;
                code.code.clear();
                ++verified;
                break;
            default:
                code.progress = CodeProgress::Rejected;
                ++rejected;
                break;
            }
            const qsizetype row = m_numbers.indexOf(number.phoneNumber);
            if (row >= 0)
                updateRow(int(row));
        }
        showStatus(rejected == 0
                       ? tr("%Ln number(s) verified.", nullptr, verified)
                       : tr("%1 verified, %2 rejected: press Send new code to rejected, then "
                            "type the new codes.")
                             .arg(tr("%Ln number(s)", nullptr, verified))
                             .arg(rejected),
                   rejected > 0);
        m_wizard->flushDraft();
        updateButtons();
        if (verified > 0)
            Q_EMIT m_wizard->orderChanged(m_wizard->m_state.orderId);
    });
    connect(call, &ApiCall::failed, this, [this, call](const ApiError &error) {
        if (m_call == call)
            m_call = nullptr;
        if (error.kind() != ApiError::Kind::Cancelled)
            showStatus(error.message() + u' ' + tr("The codes are kept; you can validate again."),
                       true);
        updateButtons();
    });
    showStatus(tr("Validating %Ln code(s)…", nullptr, int(request.verificationCodes.size())),
               false);
    updateButtons();
}
