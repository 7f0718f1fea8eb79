#pragma once

#include "sandbox/sandboxcachedjson.h"
#include "sandbox/sandboxcontext.h"
#include "sandbox/sandboxlistcache.h"
#include "sandbox/sandboxrequest.h"
#include "sandbox/sandboxresponse.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QStringList>

#include <memory>
#include <vector>

// Hosted number orders and hosted numbers: storage, endpoints and the order life cycle.
//
// Life cycle: a new order is "pending" (numbers "pending", or a failed_* status when the
// eligibility rule rejects them). Once both the "loa" and the "bill" document are uploaded
// it becomes "loa_file_successful". When, in addition, every pending number has been
// verified with a code, the order and those numbers become "provisioning", and one virtual
// hour later "successful".
class SandboxHosted
{
public:
    struct CodeSent
    {
        QString orderId;
        QString phoneNumber;
        QString code;
        QString method;
        qint64 sentAtMs = 0;
    };

    explicit SandboxHosted(SandboxContext &context);
    ~SandboxHosted();

    void clear();
    // Generates `count` seeded orders (the first twelve cover every order status).
    void seed(int count);
    int size() const { return int(m_orders.size()); }
    // Orders per status, as the list would show them now (for /_sandbox/stats).
    QJsonObject statusCounts();

    SandboxResponse listOrders(const SandboxRequest &request);
    SandboxResponse createOrder(const SandboxRequest &request);
    SandboxResponse checkEligibility(const SandboxRequest &request);
    SandboxResponse retrieveOrder(const QString &id);
    SandboxResponse deleteOrder(const QString &id);
    SandboxResponse uploadFiles(const QString &id, const SandboxRequest &request);
    SandboxResponse validateCodes(const QString &id, const SandboxRequest &request);
    SandboxResponse createVerificationCodes(const QString &id, const SandboxRequest &request);

    SandboxResponse listNumbers(const SandboxRequest &request);
    SandboxResponse retrieveNumber(const QString &idOrNumber);
    SandboxResponse updateNumber(const QString &idOrNumber, const SandboxRequest &request);
    SandboxResponse deleteNumber(const QString &idOrNumber);

    // Control surface.
    QList<CodeSent> codesSent(const QString &orderId = {}) const;
    // {"order_id", "parts": [...]}; false when the order is unknown.
    bool uploads(const QString &orderId, QJsonObject *result) const;

    QJsonObject save() const;
    bool load(const QJsonObject &saved, QString *error);

private:
    struct Number
    {
        QString id;
        QString phoneNumber;
        QString status;
        bool verified = false;
        QString code;
        QJsonValue profileId; // string or null
        QStringList tags;
        QString product;
        qint64 createdAtMs = 0;
        qint64 updatedAtMs = 0;
        // numberJson() serialised under SandboxContext::stamp().
        SandboxCachedJson json;
    };
    struct Upload
    {
        QString name;
        QString filename;
        QString contentType;
        QByteArray data;
        qint64 size = 0;
        QString sha256;
        qint64 uploadedAtMs = 0;
    };
    struct Order
    {
        QString id;
        QJsonValue profileId; // string or null
        QString status;
        QList<Number> numbers;
        QList<Upload> uploads;
        bool hasLoa = false;
        bool hasBill = false;
        qint64 createdAtMs = 0;
        qint64 updatedAtMs = 0;
        qint64 provisionedAtMs = 0; // when "provisioning" turns "successful" (0: not pending)
        // orderJson() serialised under SandboxContext::stamp().
        SandboxCachedJson json;
    };

    Order *findOrder(const QString &id);
    void advance(Order *order, qint64 now);
    void advanceAll();
    void progress(Order *order);
    bool isActiveStatus(const QString &status) const;
    bool numberIsActive(const QString &phoneNumber);
    QJsonObject orderJson(const Order &order) const;
    QJsonObject numberJson(const Order &order, const Number &number) const;
    // Finds a hosted number by id or by phone number.
    bool findNumber(const QString &idOrNumber, Order **order, qsizetype *index);
    void insert(std::unique_ptr<Order> order);
    void forget(Order *order);
    void rebuildNumberIndex();

    SandboxContext &m_context;
    std::vector<std::unique_ptr<Order>> m_orders; // oldest first
    QHash<QString, Order *> m_byId;
    QSet<Order *> m_provisioning;
    QList<CodeSent> m_codes;
    // Listed hosted numbers (in list order and by id and phone number) and the phone numbers
    // of active orders; rebuilt lazily after changes.
    std::vector<QPair<Order *, qsizetype>> m_numberIndex;
    QHash<QString, QPair<Order *, qsizetype>> m_numberById;
    QHash<QString, QPair<Order *, qsizetype>> m_numberByPhone;
    QSet<QString> m_activeNumbers;
    bool m_indexStale = true;
    // Filtered or sorted number lists (of m_numberIndex entries) per query, under stamp().
    SandboxListCache<QPair<Order *, qsizetype>> m_numberLists;
};
