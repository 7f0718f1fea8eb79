#pragma once

#include "domain/hosted.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

// Where one number of a hosted order stands in the ownership check (verification codes).
enum class CodeProgress {
    NotSent,    // no code asked for yet (or not known)
    Sent,       // a code was sent; waiting for the user to type it
    SendFailed, // the server could not send one (see detail)
    Verified,   // verified, or already verified
    Rejected,   // the code typed was wrong or expired: send a new one
};

QString codeProgressToString(CodeProgress progress);
CodeProgress codeProgressFromString(const QString &text);

// What the hosted-order wizard keeps of one order in the making: what was typed, the order id
// once created, the documents chosen and the codes typed per number. It is the content of the
// wizard's draft (DraftStore::hostedOrderKind), so a wizard closed or killed mid-way comes back
// with it. Holds no widgets, so it is tested on its own.
struct HostedWizardState
{
    // The portal's limit for one order.
    static constexpr int maxNumbersPerOrder = 200;

    enum class Step { Numbers, Eligibility, Create, Documents, Codes, Done };

    struct NumberCode
    {
        QString code; // as typed
        CodeProgress progress = CodeProgress::NotSent;
        QString detail; // the server's words for a failed send

        bool operator==(const NumberCode &) const = default;
    };

    QString numbersText; // the numbers as typed on the first step
    QString messagingProfileId;
    QString orderId; // empty until the order is created
    Step step = Step::Numbers;
    QString loaPath;
    QString billPath;
    bool documentsUploaded = false;
    QString verificationMethod = QStringLiteral("sms");
    QMap<QString, NumberCode> codes; // by E.164 number

    QJsonObject toJson() const;
    static HostedWizardState fromJson(const QJsonObject &object);
    // "Hosted order: 10 numbers" / "Hosted order 1b2c3d4e"
    QString draftTitle() const;
    // Nothing typed or chosen: no draft needed.
    bool isEmpty() const;

    // Every number in the list is verified.
    bool allVerified(const QStringList &numbers) const;
    // The numbers of the list whose code was rejected.
    QStringList rejectedNumbers(const QStringList &numbers) const;

    // The numbers of an order that take part in the ownership check (not failed or deleted);
    // those already past it are listed by numbersPastVerification().
    static QStringList numbersToVerify(const HostedOrder &order);
    // Numbers of the order already past verification (provisioning, successful).
    static QStringList numbersPastVerification(const HostedOrder &order);

    // The first step of an existing order that still needs the user, judged by its status
    // (the API does not say which documents or codes it has): documents missing → Documents;
    // documents in and numbers waiting for codes → Codes; anything else → Done.
    // `documentsUploaded` is what this wizard knows beyond the status.
    static Step firstOpenStep(const HostedOrder &order, bool documentsUploaded = false);

    static QString stepToString(Step step);
    static Step stepFromString(const QString &text);

    bool operator==(const HostedWizardState &) const = default;
};
