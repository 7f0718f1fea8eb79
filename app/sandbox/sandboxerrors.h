#pragma once

#include "sandbox/sandboxresponse.h"

#include <QJsonArray>
#include <QString>

// Collects Telnyx-style error entries: {"errors": [{code, title, detail, source}]}.
class SandboxErrors
{
public:
    // Error codes the sandbox uses (strings on the wire, as Telnyx sends them).
    static constexpr const char *BadRequest = "10002";
    static constexpr const char *MethodNotAllowed = "10003";
    static constexpr const char *MissingParameter = "10004";
    static constexpr const char *NotFound = "10005";
    static constexpr const char *ServerError = "10007";
    static constexpr const char *AuthenticationFailed = "10009";
    static constexpr const char *RateLimited = "10011";
    static constexpr const char *TooLarge = "10013";
    static constexpr const char *InvalidValue = "10015";
    static constexpr const char *InvalidPhoneNumber = "10016";
    static constexpr const char *InvalidState = "10017";

    // An entry whose source is a JSON pointer into the request body ("/businessZip").
    void add(const char *code, const QString &title, const QString &detail,
             const QString &pointer = {});
    // An entry whose source is a query or path parameter ("page[size]").
    void addParameter(const char *code, const QString &title, const QString &detail,
                      const QString &parameter);
    // Shorthands for the two most common validation entries.
    void missing(const QString &pointer, const QString &fieldLabel);
    void invalid(const QString &pointer, const QString &detail);

    bool isEmpty() const { return m_entries.isEmpty(); }
    qsizetype size() const { return m_entries.size(); }
    QJsonArray entries() const { return m_entries; }
    SandboxResponse response(int status) const;
    // Realistic mode: as the public TFV docs show them, {code, title, detail, meta} without
    // `source`; the detail names the field ("businessZip: ...", "phoneNumbers[1].phoneNumber:
    // ...") and meta links the docs.
    SandboxResponse responseWithoutSources(int status, const QString &docsUrl) const;

    // A response with a single entry and no source.
    static SandboxResponse single(int status, const char *code, const QString &title,
                                  const QString &detail);
    static SandboxResponse notFound(const QString &what, const QString &id);

private:
    QJsonArray m_entries;
};
