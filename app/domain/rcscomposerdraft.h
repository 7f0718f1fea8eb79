#pragma once

#include "domain/rcsmessage.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>

// What the RCS composer keeps between openings, for the rest of the session: the form as typed
// and the bits of form state a request cannot carry. Its owner is the session (it may hold
// customers' numbers, so it is never written to disk).
//
// `message` holds the fields exactly as typed (not trimmed, blank suggestion rows included)
// and both fallbacks even when they are switched off, so that switching one on again brings
// back what was typed in it; mmsFallback's mediaUrls are the lines of the media field, blank
// ones included. It is therefore not what Send would post (the composer's message() is).
struct RcsComposerDraft
{
    RcsMessageRequest message;
    bool smsFallbackOn = false;
    bool mmsFallbackOn = false;
    // The messaging profile the composer filled in from the agent: replaced when the agent
    // changes, unlike a profile the user typed.
    QString autoProfileId;

    // Nothing was kept yet: the composer opens with its own defaults.
    bool isEmpty() const;

    static RcsComposerDraft fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    bool operator==(const RcsComposerDraft &) const = default;
};

Q_DECLARE_METATYPE(RcsComposerDraft)
