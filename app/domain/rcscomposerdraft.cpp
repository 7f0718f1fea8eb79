#include "rcscomposerdraft.h"

#include "domain/jsonread.h"

using namespace Qt::StringLiterals;

namespace {

const QString keyMessage = u"message"_s;
const QString keySmsFallbackOn = u"sms_fallback_on"_s;
const QString keyMmsFallbackOn = u"mms_fallback_on"_s;
const QString keyAutoProfileId = u"auto_profile_id"_s;

} // namespace

bool RcsComposerDraft::isEmpty() const
{
    return *this == RcsComposerDraft();
}

RcsComposerDraft RcsComposerDraft::fromJson(const QJsonObject &object)
{
    RcsComposerDraft draft;
    draft.message = RcsMessageRequest::fromJson(JsonRead::object(object, keyMessage));
    draft.smsFallbackOn = JsonRead::boolean(object, keySmsFallbackOn);
    draft.mmsFallbackOn = JsonRead::boolean(object, keyMmsFallbackOn);
    draft.autoProfileId = JsonRead::string(object, keyAutoProfileId);
    return draft;
}

QJsonObject RcsComposerDraft::toJson() const
{
    return {{keyMessage, message.toJson()},
            {keySmsFallbackOn, smsFallbackOn},
            {keyMmsFallbackOn, mmsFallbackOn},
            {keyAutoProfileId, autoProfileId}};
}
