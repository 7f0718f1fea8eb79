// Readiness checks and per-field problems of a toll-free verification request: each warning
// fires on a request that has the problem and stays quiet on a close one that does not.

#include "domain/tollfreereadiness.h"
#include "samplerequests.h"

#include <QHash>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

using Mutation = std::function<void(TollFreeVerificationRequest &)>;

// Named changes to the sample request; the data tables refer to them by name.
const QHash<QString, Mutation> &mutations()
{
    static const QHash<QString, Mutation> table{
        {u"none"_s, [](TollFreeVerificationRequest &) {}},
        // Sample message
        {u"message without name"_s,
         [](auto &r) {
             r.productionMessageContent = u"Your appointment is tomorrow. Reply STOP to opt out."_s;
         }},
        {u"message with name in capitals"_s,
         [](auto &r) {
             r.productionMessageContent = u"ACME DENTAL - appointment tomorrow. Reply STOP."_s;
         }},
        {u"message with the DBA"_s,
         [](auto &r) {
             r.doingBusinessAs = u"Smile Studio"_s;
             r.productionMessageContent = u"Smile Studio: see you tomorrow. Reply STOP to end."_s;
         }},
        {u"message with a sandbox marker in the name"_s,
         [](auto &r) { r.businessName = u"Acme Dental LLC [customer]"_s; }},
        {u"message without opt-out"_s,
         [](auto &r) {
             r.productionMessageContent = u"Acme Dental: your appointment is tomorrow at 10."_s;
         }},
        {u"message with unsubscribe"_s,
         [](auto &r) {
             r.productionMessageContent = u"Acme Dental: see you tomorrow. Text UNSUBSCRIBE to "
                                          "leave."_s;
         }},
        {u"message where stop is part of a word"_s,
         [](auto &r) {
             r.productionMessageContent = u"Acme Dental: nonstop care, see you tomorrow."_s;
         }},
        {u"message with a shortener"_s,
         [](auto &r) {
             r.productionMessageContent = u"Acme Dental: confirm at bit.ly/3xYz. Reply STOP to "
                                          "opt out."_s;
         }},
        {u"message with its own link"_s,
         [](auto &r) {
             r.productionMessageContent = u"Acme Dental: confirm at https://acmedental.example/c "
                                          "Reply STOP to opt out."_s;
         }},
        // Opt-in
        {u"opt-in without consent"_s,
         [](auto &r) { r.optInWorkflow = u"We send reminders to our patients after visits."_s; }},
        {u"opt-in by keyword"_s,
         [](auto &r) { r.optInWorkflow = u"Patients text JOIN to our number at the desk."_s; }},
        {u"opt-in verbal"_s,
         [](auto &r) {
             r.optInWorkflow = u"Patients give verbal permission at the front desk."_s;
         }},
        {u"opt-in sign up page"_s,
         [](auto &r) { r.optInWorkflow = u"People sign up on our website to get reminders."_s; }},
        // Privacy policy
        {u"no privacy policy"_s, [](auto &r) { r.privacyPolicyURL.reset(); }},
        {u"blank privacy policy"_s, [](auto &r) { r.privacyPolicyURL = u"   "_s; }},
        // URLs
        {u"website on a shortener"_s,
         [](auto &r) { r.corporateWebsite = u"https://bit.ly/acme"_s; }},
        {u"image on a shortener"_s,
         [](auto &r) { r.optInWorkflowImageURLs.append(u"https://tinyurl.com/acme-form"_s); }},
        {u"privacy on t.co"_s, [](auto &r) { r.privacyPolicyURL = u"https://t.co/abc"_s; }},
        {u"terms on a shortener subdomain"_s,
         [](auto &r) { r.termsAndConditionURL = u"https://www.cutt.ly/terms"_s; }},
        {u"look-alike host"_s,
         [](auto &r) { r.corporateWebsite = u"https://notbit.ly.example"_s; }},
        {u"website over http"_s,
         [](auto &r) { r.corporateWebsite = u"http://acmedental.example"_s; }},
        {u"webhook over http"_s,
         [](auto &r) { r.webhookUrl = u"http://hooks.acmedental.example/tfv"_s; }},
        {u"webhook over https"_s,
         [](auto &r) { r.webhookUrl = u"https://hooks.acmedental.example/tfv"_s; }},
        // Contact
        {u"gmail contact"_s, [](auto &r) { r.businessContactEmail = u"jane.doe@gmail.com"_s; }},
        {u"proton contact"_s, [](auto &r) { r.businessContactEmail = u"Jane@Proton.me"_s; }},
        {u"contact at another domain"_s,
         [](auto &r) { r.businessContactEmail = u"jane@othercorp.example"_s; }},
        {u"contact at a subdomain"_s,
         [](auto &r) { r.businessContactEmail = u"jane@mail.acmedental.example"_s; }},
        {u"website with www"_s,
         [](auto &r) { r.corporateWebsite = u"https://www.acmedental.example/"_s; }},
        {u"contact phone is a toll-free number"_s,
         [](auto &r) { r.businessContactPhone = u"+18885550101"_s; }},
        {u"contact phone typed like the toll-free number"_s,
         [](auto &r) { r.businessContactPhone = u"(888) 555-0101"_s; }},
        // Numbers
        {u"six numbers without reason"_s,
         [](auto &r) {
             r.phoneNumbers = {u"+18885550101"_s, u"+18885550102"_s, u"+18885550103"_s,
                               u"+18885550104"_s, u"+18885550105"_s, u"+18885550106"_s};
         }},
        {u"six numbers with reason"_s,
         [](auto &r) {
             r.phoneNumbers = {u"+18885550101"_s, u"+18885550102"_s, u"+18885550103"_s,
                               u"+18885550104"_s, u"+18885550105"_s, u"+18885550106"_s};
             r.additionalInformation = u"One per clinic location."_s;
         }},
        {u"five numbers"_s,
         [](auto &r) {
             r.phoneNumbers = {u"+18885550101"_s, u"+18885550102"_s, u"+18885550103"_s,
                               u"+18885550104"_s, u"+18885550105"_s};
         }},
        // Use case
        {u"political without token"_s, [](auto &r) { r.useCase = u"Political"_s; }},
        {u"political with token"_s,
         [](auto &r) {
             r.useCase = u"Political"_s;
             r.campaignVerifyAuthorizationToken = u"cv|1.0|abc"_s;
         }},
        // Registration
        {u"no registration number"_s, [](auto &r) { r.businessRegistrationNumber.reset(); }},
        {u"no registration type"_s, [](auto &r) { r.businessRegistrationType = u""_s; }},
        {u"no registration country"_s, [](auto &r) { r.businessRegistrationCountry.reset(); }},
    };
    return table;
}

TollFreeVerificationRequest mutated(const QString &name)
{
    TollFreeVerificationRequest request = sampleTollFreeRequest();
    const Mutation mutation = mutations().value(name);
    if (!mutation)
        qFatal("unknown mutation %s", qPrintable(name));
    mutation(request);
    return request;
}

bool hasWarning(const QList<ReadinessWarning> &warnings, const QString &field, const QString &words)
{
    return std::any_of(warnings.begin(), warnings.end(), [&](const ReadinessWarning &warning) {
        return warning.fieldName == field && warning.message.contains(words, Qt::CaseInsensitive);
    });
}

QString describe(const QList<ReadinessWarning> &warnings)
{
    QStringList lines;
    for (const ReadinessWarning &warning : warnings)
        lines.append(warning.fieldName + u": "_s + warning.message);
    return lines.join(u" | "_s);
}

} // namespace

class TestTollFreeReadiness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theSampleRequestIsReady()
    {
        const QList<ReadinessWarning> warnings = tollFreeReadiness(sampleTollFreeRequest());
        QVERIFY2(warnings.isEmpty(), qPrintable(describe(warnings)));
        QVERIFY(tollFreeFieldProblems(sampleTollFreeRequest()).isEmpty());
    }

    void eachWarningFiresAndStaysQuiet_data()
    {
        QTest::addColumn<QString>("mutation");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("words");
        QTest::addColumn<bool>("fires");
        const auto row = [](const char *name, const char *mutation, const char *field,
                            const char *words, bool fires) {
            QTest::newRow(name) << QString::fromLatin1(mutation) << QString::fromLatin1(field)
                                << QString::fromLatin1(words) << fires;
        };
        const char *message = "productionMessageContent";
        row("name missing", "message without name", message, "does not name", true);
        row("name in capitals", "message with name in capitals", message, "does not name", false);
        row("name through DBA", "message with the DBA", message, "does not name", false);
        row("name with marker", "message with a sandbox marker in the name", message,
            "does not name", false);
        row("opt-out missing", "message without opt-out", message, "opt-out", true);
        row("opt-out unsubscribe", "message with unsubscribe", message, "opt-out", false);
        row("opt-out only inside a word", "message where stop is part of a word", message,
            "opt-out", true);
        row("shortener in message", "message with a shortener", message, "bit.ly", true);
        row("own link in message", "message with its own link", message, "shortener", false);

        row("consent missing", "opt-in without consent", "optInWorkflow", "consent", true);
        row("consent by keyword", "opt-in by keyword", "optInWorkflow", "consent", false);
        row("consent verbal", "opt-in verbal", "optInWorkflow", "consent", false);
        row("consent sign up", "opt-in sign up page", "optInWorkflow", "consent", false);

        row("privacy missing", "no privacy policy", "privacyPolicyURL", "privacy policy", true);
        row("privacy blank", "blank privacy policy", "privacyPolicyURL", "privacy policy", true);
        row("privacy given", "none", "privacyPolicyURL", "privacy policy", false);

        row("shortener website", "website on a shortener", "corporateWebsite", "bit.ly", true);
        row("shortener image", "image on a shortener", "optInWorkflowImageURLs", "tinyurl.com",
            true);
        row("shortener privacy", "privacy on t.co", "privacyPolicyURL", "t.co", true);
        row("shortener subdomain", "terms on a shortener subdomain", "termsAndConditionURL",
            "cutt.ly", true);
        row("look-alike is no shortener", "look-alike host", "corporateWebsite", "shortener",
            false);
        row("http website", "website over http", "corporateWebsite", "https://", true);
        row("http webhook", "webhook over http", "webhookUrl", "https://", true);
        row("https webhook", "webhook over https", "webhookUrl", "https://", false);

        row("free mail gmail", "gmail contact", "businessContactEmail", "free-mail", true);
        row("free mail proton", "proton contact", "businessContactEmail", "free-mail", true);
        row("company mail", "none", "businessContactEmail", "free-mail", false);
        row("other domain", "contact at another domain", "businessContactEmail", "not the website",
            true);
        row("subdomain", "contact at a subdomain", "businessContactEmail", "not the website",
            false);
        row("www website", "website with www", "businessContactEmail", "not the website", false);

        row("contact is toll-free", "contact phone is a toll-free number", "businessContactPhone",
            "toll-free numbers", true);
        row("contact typed like toll-free", "contact phone typed like the toll-free number",
            "businessContactPhone", "toll-free numbers", true);
        row("contact elsewhere", "none", "businessContactPhone", "toll-free numbers", false);

        row("six numbers", "six numbers without reason", "additionalInformation", "more than five",
            true);
        row("six numbers justified", "six numbers with reason", "additionalInformation",
            "more than five", false);
        row("five numbers", "five numbers", "additionalInformation", "more than five", false);

        row("political", "political without token", "campaignVerifyAuthorizationToken",
            "Campaign Verify", true);
        row("political with token", "political with token", "campaignVerifyAuthorizationToken",
            "Campaign Verify", false);

        row("registration number", "no registration number", "businessRegistrationNumber", "2026",
            true);
        row("registration type", "no registration type", "businessRegistrationType", "2026", true);
        row("registration country", "no registration country", "businessRegistrationCountry",
            "2026", true);
        row("registration complete", "none", "businessRegistrationNumber", "2026", false);
    }

    void eachWarningFiresAndStaysQuiet()
    {
        QFETCH(QString, mutation);
        QFETCH(QString, field);
        QFETCH(QString, words);
        QFETCH(bool, fires);
        const QList<ReadinessWarning> warnings = tollFreeReadiness(mutated(mutation));
        QVERIFY2(hasWarning(warnings, field, words) == fires, qPrintable(describe(warnings)));
        for (const ReadinessWarning &warning : warnings)
            QVERIFY(!warning.message.isEmpty());
    }

    void severitiesMatchHowReviewersTreatThem()
    {
        const auto severityOf = [](const QString &mutation, const QString &field) {
            const QList<ReadinessWarning> warnings = tollFreeReadiness(mutated(mutation));
            for (const ReadinessWarning &warning : warnings) {
                if (warning.fieldName == field)
                    return warning.severity;
            }
            return ReadinessWarning::Severity::Advice;
        };
        QCOMPARE(severityOf(u"opt-in without consent"_s, u"optInWorkflow"_s),
                 ReadinessWarning::Severity::LikelyRejection);
        QCOMPARE(severityOf(u"website on a shortener"_s, u"corporateWebsite"_s),
                 ReadinessWarning::Severity::LikelyRejection);
        QCOMPARE(severityOf(u"political without token"_s, u"campaignVerifyAuthorizationToken"_s),
                 ReadinessWarning::Severity::LikelyRejection);
        QCOMPARE(severityOf(u"gmail contact"_s, u"businessContactEmail"_s),
                 ReadinessWarning::Severity::Warning);
        QVERIFY(!readinessSeverityLabel(ReadinessWarning::Severity::LikelyRejection).isEmpty());
    }

    void theSuggestedNameLeavesOutMarkers()
    {
        TollFreeVerificationRequest request = mutated(u"message without name"_s);
        request.businessName = u"Acme Dental LLC [customer]"_s;
        const QList<ReadinessWarning> warnings = tollFreeReadiness(request);
        QVERIFY(hasWarning(warnings, u"productionMessageContent"_s, u"\"Acme Dental LLC: ...\""_s));
        request.doingBusinessAs = u"Smile Studio"_s;
        QVERIFY(hasWarning(tollFreeReadiness(request), u"productionMessageContent"_s,
                           u"\"Smile Studio: ...\""_s));
    }

    void warningsComeInFormOrder()
    {
        TollFreeVerificationRequest request = sampleTollFreeRequest();
        request.webhookUrl = u"http://hooks.example.com"_s; // last page
        request.businessRegistrationNumber.reset();         // first page
        request.businessContactEmail = u"jane@gmail.com"_s; // second page
        const QList<ReadinessWarning> warnings = tollFreeReadiness(request);
        QCOMPARE(warnings.size(), 3);
        QCOMPARE(warnings.at(0).fieldName, u"businessRegistrationNumber"_s);
        QCOMPARE(warnings.at(1).fieldName, u"businessContactEmail"_s);
        QCOMPARE(warnings.at(2).fieldName, u"webhookUrl"_s);
    }

    void fieldProblems_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("problem"); // words of the message; empty: no problem
        const auto row = [](const char *field, const char *value, const char *problem) {
            QTest::addRow("%s=%s", field, value)
                << QString::fromLatin1(field) << QString::fromUtf8(value)
                << QString::fromLatin1(problem);
        };
        row("businessName", "", "Legal business name is required");
        row("businessName", "   ", "required");
        row("businessName", "Acme", "");
        row("businessAddr2", "", "");
        row("corporateWebsite", "", "Corporate website is required");
        row("corporateWebsite", "acme.example", "Corporate website: The URL must start with");
        row("corporateWebsite", "ftp://acme.example", "http:// or https://");
        row("corporateWebsite", "http://acme.example", "");
        row("businessState", "TX", "full name");
        row("businessState", "Texsas", "not one of the accepted values");
        row("businessState", "texas", "");
        row("businessState", "Ontario", "");
        row("businessContactEmail", "jane", "Contact e-mail:");
        row("businessContactEmail", "jane@acme.example", "");
        row("businessContactPhone", "5125550100", "");       // understood as +15125550100
        row("businessContactPhone", "+44 20 7946 0958", ""); // separators removed
        row("businessContactPhone", "phone", "Contact phone:");
        row("businessContactPhone", "+0123", "Contact phone:");
        row("messageVolume", "", "Monthly message volume is required");
        row("messageVolume", "12", "not one of the accepted values");
        row("messageVolume", "10,000,000+", "");
        row("useCase", "Spam", "not one of the accepted values");
        row("useCase", "2FA", "");
        row("entityType", "", "");
        row("entityType", "LLC", "not one of the accepted values");
        row("entityType", "NON_PROFIT", "");
        row("businessRegistrationCountry", "", "");
        row("businessRegistrationCountry", "USA", "Registration country:");
        row("businessRegistrationCountry", "XX", "not an ISO");
        row("businessRegistrationCountry", "ca", "");
        row("privacyPolicyURL", "", "");
        row("privacyPolicyURL", "acme.example/privacy", "Privacy policy URL:");
        row("webhookUrl", "https://hooks.example.com/x", "");
        row("webhookUrl", "hooks", "Webhook URL:");
        row("additionalInformation", "", "Additional information is required");
    }
    void fieldProblems()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, problem);
        QJsonObject body = sampleTollFreeRequest().toJson();
        body.insert(field, value);
        const TollFreeVerificationRequest request = TollFreeVerificationRequest::fromJson(body);
        const QString actual = tollFreeFieldProblem(field, request);
        if (problem.isEmpty())
            QVERIFY2(actual.isEmpty(), qPrintable(actual));
        else
            QVERIFY2(actual.contains(problem, Qt::CaseInsensitive), qPrintable(actual));
    }

    void listFieldProblemsNameTheEntry()
    {
        TollFreeVerificationRequest request = sampleTollFreeRequest();
        request.phoneNumbers = {u"+18885550101"_s, u"+13125550100"_s};
        QString problem = tollFreeFieldProblem(u"phoneNumbers"_s, request);
        QVERIFY2(problem.contains(u"entry 2"_s) && problem.contains(u"+13125550100"_s) &&
                     problem.contains(u"toll-free"_s),
                 qPrintable(problem));

        request.phoneNumbers = {u"(888) 555-0101"_s, u"+18885550101"_s};
        problem = tollFreeFieldProblem(u"phoneNumbers"_s, request);
        QVERIFY2(problem.contains(u"twice"_s), qPrintable(problem));

        request.phoneNumbers = {u"  "_s};
        QVERIFY(tollFreeFieldProblem(u"phoneNumbers"_s, request).contains(u"at least one"_s));

        request.phoneNumbers = {u"1-888-555-0101"_s, u"877.555.0102"_s};
        QVERIFY(tollFreeFieldProblem(u"phoneNumbers"_s, request).isEmpty());

        request.optInWorkflowImageURLs = {u"https://a.example/1.png"_s, u"b.example/2.png"_s};
        problem = tollFreeFieldProblem(u"optInWorkflowImageURLs"_s, request);
        QVERIFY2(problem.contains(u"entry 2"_s), qPrintable(problem));
        request.optInWorkflowImageURLs.clear();
        QVERIFY(!tollFreeFieldProblem(u"optInWorkflowImageURLs"_s, request).isEmpty());
    }

    void campaignTokenIsRequiredOnlyForPolitical()
    {
        TollFreeVerificationRequest request = sampleTollFreeRequest();
        const QString field = u"campaignVerifyAuthorizationToken"_s;
        QVERIFY(tollFreeFieldProblem(field, request).isEmpty());
        QVERIFY(!isTollFreeFieldRequired(field, request));
        request.useCase = u"Political"_s;
        QVERIFY(isTollFreeFieldRequired(field, request));
        QVERIFY(tollFreeFieldProblem(field, request).contains(u"Political"_s));
        request.campaignVerifyAuthorizationToken = u"cv|token"_s;
        QVERIFY(tollFreeFieldProblem(field, request).isEmpty());
    }

    void theFormHasEveryApiField()
    {
        const QStringList fields = tollFreeFormFields();
        QCOMPARE(fields.size(), 33);
        const QStringList apiFields = TollFreeVerificationRequest::requiredFieldNames() +
                                      TollFreeVerificationRequest::optionalFieldNames();
        for (const QString &field : apiFields) {
            QVERIFY2(fields.contains(field), qPrintable(field));
            QVERIFY(tollFreeFieldLabel(field) != field);
        }
        for (const QString &field : TollFreeVerificationRequest::requiredFieldNames())
            QVERIFY2(isTollFreeFieldRequired(field, {}), qPrintable(field));
        for (const QString &field : TollFreeVerificationRequest::optionalFieldNames()) {
            if (field != u"campaignVerifyAuthorizationToken"_s)
                QVERIFY2(!isTollFreeFieldRequired(field, {}), qPrintable(field));
        }
    }

    void normalizationMakesWhatIsSent()
    {
        TollFreeVerificationRequest typed = sampleTollFreeRequest();
        typed.businessName = u"  Acme Dental LLC "_s;
        typed.businessState = u"texas"_s;
        typed.businessContactPhone = u"(512) 555-0100"_s;
        typed.phoneNumbers = {u"1 (888) 555-0101"_s, u""_s, u"not a number"_s};
        typed.optInWorkflowImageURLs = {u" https://a.example/1.png "_s, u"   "_s};
        typed.businessRegistrationCountry = u"us"_s;
        typed.doingBusinessAs = u"  "_s;
        typed.entityType = u"non_profit"_s;
        typed.useCase = u"2fa"_s;
        const TollFreeVerificationRequest sent = normalizedTollFreeRequest(typed);
        QCOMPARE(sent.businessName, u"Acme Dental LLC"_s);
        QCOMPARE(sent.businessState, u"Texas"_s);
        QCOMPARE(sent.businessContactPhone, u"+15125550100"_s);
        QCOMPARE(sent.phoneNumbers, (QStringList{u"+18885550101"_s, u"not a number"_s}));
        QCOMPARE(sent.optInWorkflowImageURLs, QStringList{u"https://a.example/1.png"_s});
        QCOMPARE(sent.businessRegistrationCountry, std::optional<QString>(u"US"_s));
        QVERIFY(!sent.doingBusinessAs);
        QCOMPARE(sent.entityType, std::optional<QString>(u"NON_PROFIT"_s));
        QCOMPARE(sent.useCase, u"2FA"_s);
        QVERIFY(!sent.toJson().contains(u"doingBusinessAs"_s));
    }

    void pointersMapToFields_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("index");
        QTest::newRow("plain") << u"/businessZip"_s << u"businessZip"_s << -1;
        QTest::newRow("number") << u"/phoneNumbers/1/phoneNumber"_s << u"phoneNumbers"_s << 1;
        QTest::newRow("image") << u"/optInWorkflowImageURLs/0/url"_s << u"optInWorkflowImageURLs"_s
                               << 0;
        QTest::newRow("list") << u"/phoneNumbers"_s << u"phoneNumbers"_s << -1;
        QTest::newRow("unknown") << u"/page[size]"_s << QString() << -1;
        QTest::newRow("empty") << QString() << QString() << -1;
        QTest::newRow("root") << u"/"_s << QString() << -1;
    }
    void pointersMapToFields()
    {
        QFETCH(QString, pointer);
        QFETCH(QString, field);
        QFETCH(int, index);
        const TollFreeFieldPointer target = tollFreeFieldFromPointer(pointer);
        QCOMPARE(target.field, field);
        QCOMPARE(target.index, index);
    }
};

QTEST_GUILESS_MAIN(TestTollFreeReadiness)
#include "tst_tollfreereadiness.moc"
