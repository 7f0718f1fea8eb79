#include "domain/hostedwizardstate.h"

#include "domain/hostedorderprogress.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

constexpr std::array<std::pair<CodeProgress, const char *>, 5> progressNames{{
    {CodeProgress::NotSent, "not_sent"},
    {CodeProgress::Sent, "sent"},
    {CodeProgress::SendFailed, "send_failed"},
    {CodeProgress::Verified, "verified"},
    {CodeProgress::Rejected, "rejected"},
}};

constexpr std::array<std::pair<HostedWizardState::Step, const char *>, 6> stepNames{{
    {HostedWizardState::Step::Numbers, "numbers"},
    {HostedWizardState::Step::Eligibility, "eligibility"},
    {HostedWizardState::Step::Create, "create"},
    {HostedWizardState::Step::Documents, "documents"},
    {HostedWizardState::Step::Codes, "codes"},
    {HostedWizardState::Step::Done, "done"},
}};

const QString keyNumbersText = u"numbers_text"_s;
const QString keyProfile = u"messaging_profile_id"_s;
const QString keyOrder = u"order_id"_s;
const QString keyStep = u"step"_s;
const QString keyLoa = u"loa_path"_s;
const QString keyBill = u"bill_path"_s;
const QString keyUploaded = u"documents_uploaded"_s;
const QString keyMethod = u"verification_method"_s;
const QString keyCodes = u"codes"_s;
const QString keyNumber = u"phone_number"_s;
const QString keyCode = u"code"_s;
const QString keyProgress = u"progress"_s;
const QString keyDetail = u"detail"_s;

} // namespace

QString codeProgressToString(CodeProgress progress)
{
    for (const auto &[value, name] : progressNames) {
        if (value == progress)
            return QString::fromLatin1(name);
    }
    return u"not_sent"_s;
}

CodeProgress codeProgressFromString(const QString &text)
{
    for (const auto &[value, name] : progressNames) {
        if (text == QLatin1StringView(name))
            return value;
    }
    return CodeProgress::NotSent;
}

QString HostedWizardState::stepToString(Step step)
{
    for (const auto &[value, name] : stepNames) {
        if (value == step)
            return QString::fromLatin1(name);
    }
    return u"numbers"_s;
}

HostedWizardState::Step HostedWizardState::stepFromString(const QString &text)
{
    for (const auto &[value, name] : stepNames) {
        if (text == QLatin1StringView(name))
            return value;
    }
    return Step::Numbers;
}

QJsonObject HostedWizardState::toJson() const
{
    QJsonArray codeList;
    for (auto it = codes.cbegin(); it != codes.cend(); ++it) {
        QJsonObject entry{{keyNumber, it.key()},
                          {keyCode, it->code},
                          {keyProgress, codeProgressToString(it->progress)}};
        if (!it->detail.isEmpty())
            entry.insert(keyDetail, it->detail);
        codeList.append(entry);
    }
    return {{keyNumbersText, numbersText},
            {keyProfile, messagingProfileId},
            {keyOrder, orderId},
            {keyStep, stepToString(step)},
            {keyLoa, loaPath},
            {keyBill, billPath},
            {keyUploaded, documentsUploaded},
            {keyMethod, verificationMethod},
            {keyCodes, codeList}};
}

HostedWizardState HostedWizardState::fromJson(const QJsonObject &object)
{
    HostedWizardState state;
    state.numbersText = object.value(keyNumbersText).toString();
    state.messagingProfileId = object.value(keyProfile).toString();
    state.orderId = object.value(keyOrder).toString();
    state.step = stepFromString(object.value(keyStep).toString());
    state.loaPath = object.value(keyLoa).toString();
    state.billPath = object.value(keyBill).toString();
    state.documentsUploaded = object.value(keyUploaded).toBool();
    const QString method = object.value(keyMethod).toString();
    state.verificationMethod = method == u"call"_s ? method : u"sms"_s;
    const QJsonArray codeList = object.value(keyCodes).toArray();
    for (const QJsonValue &value : codeList) {
        const QJsonObject entry = value.toObject();
        const QString number = entry.value(keyNumber).toString();
        if (number.isEmpty())
            continue;
        state.codes.insert(number, {entry.value(keyCode).toString(),
                                    codeProgressFromString(entry.value(keyProgress).toString()),
                                    entry.value(keyDetail).toString()});
    }
    return state;
}

QString HostedWizardState::draftTitle() const
{
    if (!orderId.isEmpty())
        return QCoreApplication::translate("HostedWizardState", "Hosted order %1")
            .arg(orderId.left(8));
    int count = 0;
    const QStringList lines = numbersText.split(u'\n');
    for (const QString &line : lines)
        count += line.trimmed().isEmpty() ? 0 : 1;
    return QCoreApplication::translate("HostedWizardState", "New hosted order: %Ln line(s)",
                                       nullptr, count);
}

bool HostedWizardState::isEmpty() const
{
    return numbersText.trimmed().isEmpty() && messagingProfileId.trimmed().isEmpty() &&
           orderId.isEmpty() && loaPath.isEmpty() && billPath.isEmpty() && codes.isEmpty();
}

bool HostedWizardState::allVerified(const QStringList &numbers) const
{
    return std::all_of(numbers.begin(), numbers.end(), [this](const QString &number) {
        return codes.value(number).progress == CodeProgress::Verified;
    });
}

QStringList HostedWizardState::rejectedNumbers(const QStringList &numbers) const
{
    QStringList rejected;
    for (const QString &number : numbers) {
        if (codes.value(number).progress == CodeProgress::Rejected)
            rejected.append(number);
    }
    return rejected;
}

QStringList HostedWizardState::numbersToVerify(const HostedOrder &order)
{
    QStringList numbers;
    for (const HostedNumber &number : order.phoneNumbers) {
        const HostedNumberStatus status = number.statusValue();
        if (hostedNumberTakesPart(status))
            numbers.append(number.phoneNumber);
    }
    return numbers;
}

QStringList HostedWizardState::numbersPastVerification(const HostedOrder &order)
{
    QStringList numbers;
    for (const HostedNumber &number : order.phoneNumbers) {
        const HostedNumberStatus status = number.statusValue();
        if (status == HostedNumberStatus::Provisioning || status == HostedNumberStatus::Successful)
            numbers.append(number.phoneNumber);
    }
    return numbers;
}

HostedWizardState::Step HostedWizardState::firstOpenStep(const HostedOrder &order,
                                                         bool documentsUploaded)
{
    const HostedOrderProgress progress = hostedOrderProgress(order);
    if (progress.documents == HostedStepState::Pending && !documentsUploaded)
        return Step::Documents;
    if (progress.codes == HostedStepState::Pending)
        return Step::Codes;
    return Step::Done;
}
