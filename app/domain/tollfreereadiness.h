#pragma once

#include "domain/tollfree.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

// Checks on a toll-free verification request before it is sent, beyond the API's own
// validation. Pure functions: no I/O, no state.

// One reason the request is likely to be sent back or rejected by the reviewers.
struct ReadinessWarning
{
    enum class Severity {
        Advice,          // worth fixing; rarely the sole cause of a rejection
        Warning,         // a common reason for "Waiting For Customer"
        LikelyRejection, // reviewers reject requests like this
    };

    QString fieldName; // wire name, e.g. "productionMessageContent"
    QString message;   // plain words: what is wrong and what to do
    Severity severity = Severity::Warning;

    bool operator==(const ReadinessWarning &) const = default;
};

QString readinessSeverityLabel(ReadinessWarning::Severity severity);

// Every warning that applies, in form order. An empty field the API requires is the business
// of tollFreeFieldProblem(), so no warning repeats it (except the registration fields, which
// the API does not require yet).
QList<ReadinessWarning> tollFreeReadiness(const TollFreeVerificationRequest &typed);

// The problem with one field as it is being typed, in plain words naming the field, or an
// empty string when the field is acceptable. wireField is the API name ("businessZip").
// Checks: required fields, E.164 for businessContactPhone, toll-free E.164 for each of
// phoneNumbers (and no repeats), URLs with http(s) scheme, e-mail, ISO alpha-2 country,
// membership of useCase, messageVolume, entityType and businessState in their lists, and the
// Campaign Verify token for the Political use case. Unknown field names give no problem.
QString tollFreeFieldProblem(const QString &wireField, const TollFreeVerificationRequest &request);

// Every field with a problem, in form order: {wire name, problem}.
QList<std::pair<QString, QString>>
tollFreeFieldProblems(const TollFreeVerificationRequest &request);

// The label of a field as the form shows it ("businessZip" → "ZIP or postal code").
QString tollFreeFieldLabel(const QString &wireField);
// Every field the form has, in form order (the 18 required and the 15 optional).
QStringList tollFreeFormFields();
bool isTollFreeFieldRequired(const QString &wireField, const TollFreeVerificationRequest &request);

// What gets sent for what was typed: text trimmed; phone numbers in E.164 where
// Validators::normalizeUsNumber understands them; empty list entries dropped; the country
// upper-cased; the state spelled as in stateAndProvinceNames(); empty optional text left out.
TollFreeVerificationRequest normalizedTollFreeRequest(const TollFreeVerificationRequest &typed);

// Where an error's source.pointer points: "/businessZip" → {"businessZip", -1};
// "/phoneNumbers/1/phoneNumber" → {"phoneNumbers", 1}. An empty field when it is not a form
// field.
struct TollFreeFieldPointer
{
    QString field;
    int index = -1; // list entry, for phoneNumbers and optInWorkflowImageURLs

    bool operator==(const TollFreeFieldPointer &) const = default;
};
TollFreeFieldPointer tollFreeFieldFromPointer(const QString &pointer);
