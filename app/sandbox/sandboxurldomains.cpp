#include "sandbox/sandboxurldomains.h"

#include "sandbox/sandboxpage.h"
#include "sandbox/sandboxseeddata.h"

using namespace Qt::StringLiterals;

SandboxUrlDomains::SandboxUrlDomains(SandboxContext &context)
    : m_context(context)
{}

void SandboxUrlDomains::seed()
{
    SandboxRandom random = SandboxRandom::forStream(m_context.seed, 0, 40);
    static const QStringList useCases{u"link_shortening"_s, u"click_tracking"_s,
                                      u"link_shortening"_s, u"branded_links"_s};
    static const QStringList endings{u".link"_s, u".click"_s, u".co"_s, u".to"_s};
    m_domains = QJsonArray();
    for (int index = 0; index < 4; ++index) {
        const QString company = SandboxSeedData::companyName(random);
        const QString slug = SandboxSeedData::slugOf(company).left(10);
        m_domains.append(QJsonObject{{u"id"_s, random.uuid()},
                                     {u"record_type"_s, u"messaging_url_domain"_s},
                                     {u"url_domain"_s, QString(slug + endings.at(index))},
                                     {u"use_case"_s, useCases.at(index)}});
    }
}

SandboxResponse SandboxUrlDomains::list(const SandboxRequest &request) const
{
    return SandboxPage::dataMetaPage(request, m_domains, m_context.realistic);
}

QJsonObject SandboxUrlDomains::save() const
{
    return QJsonObject{{u"domains"_s, m_domains}};
}

void SandboxUrlDomains::load(const QJsonObject &saved)
{
    m_domains = saved.value(u"domains"_s).toArray();
}
