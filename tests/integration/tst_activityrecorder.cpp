// The activity log as the console fills it: every write that passes ApiClient with an activity
// note is written before its request goes out and completed when it ends, against the
// in-process sandbox over HTTP. Done, failed with the error, unknown when the connection
// dropped; the server's x-request-id; never the key, a verification code or more than 40
// characters of a message; the file owner-only.

#include "api/rcsapi.h"
#include "isolatedhome.h"
#include "samplerequests.h"
#include "sandboxtestbed.h"
#include "session/activityrecorder.h"
#include "storage/activitylog.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

const QString agent = u"sandbox_demo_agent"_s;
const QString tollFreePath = u"/v2/messaging_tollfree/verification/requests"_s;
const QString sendPath = u"/v2/messages/rcs"_s;

} // namespace

class TestActivityRecorder : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    std::unique_ptr<SandboxTestbed> m_bed;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ActivityLog> m_log;
    std::unique_ptr<ActivityRecorder> m_recorder;

    QByteArray fileBytes() const
    {
        QFile file(m_log->filePath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    ActivityEntry last() const { return m_log->entries().value(m_log->entries().size() - 1); }
    ActivityEntry lastWith(const QString &action) const
    {
        const QList<ActivityEntry> entries = m_log->entries();
        for (qsizetype i = entries.size() - 1; i >= 0; --i) {
            if (entries.at(i).note.action == action)
                return entries.at(i);
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(isolateUserFiles(m_home, u"tst_activityrecorder"_s));
        m_bed = std::make_unique<SandboxTestbed>();
        QVERIFY(m_bed->isListening());
    }

    void init()
    {
        QVERIFY(m_bed->startAfresh());
        m_dir = std::make_unique<QTemporaryDir>();
        m_log = std::make_unique<ActivityLog>(m_dir->path());
        m_recorder =
            std::make_unique<ActivityRecorder>(&m_bed->client, [this] { return m_log.get(); });
        m_recorder->setProfile(u"profile-1"_s, u"Support desk"_s);
    }

    void cleanup()
    {
        QVERIFY(m_bed->waitUntilIdle());
        m_recorder.reset();
        m_log.reset();
        m_dir.reset();
    }

    void aTollFreeCreateIsRecordedDoneWithWhoAndTheRequestId()
    {
        auto *call = TollFreeApi(&m_bed->client).create(sampleTollFreeRequest());
        QString createdId;
        call->onResult(this, [&](const TollFreeVerificationRequest &made) { createdId = made.id; });
        QVERIFY(SandboxTestbed::wait(call));
        QCOMPARE(m_log->entries().size(), 1);
        const ActivityEntry entry = last();
        QCOMPARE(entry.outcome, ActivityOutcome::Done);
        QCOMPARE(entry.note.action, u"Create toll-free verification request"_s);
        QCOMPARE(entry.note.area, ActivityArea::tollFree);
        QCOMPARE(entry.note.phoneNumbers, sampleTollFreeRequest().phoneNumbers);
        QVERIFY(!createdId.isEmpty());
        QCOMPARE(entry.note.recordId, createdId); // the create's answer names the record
        QCOMPARE(entry.profileId, u"profile-1"_s);
        QCOMPARE(entry.profileName, u"Support desk"_s);
        QCOMPARE(entry.osUser, ActivityRecorder::osUser());
        QCOMPARE(entry.httpStatus, 200);
        QVERIFY2(entry.requestId.size() >= 32, qPrintable(entry.requestId)); // the sandbox's UUID
        QVERIFY(entry.startedAt.isValid() && entry.endedAt >= entry.startedAt);

        // The same, read back from the file by another log.
        ActivityLog reread(m_dir->path());
        QCOMPARE(reread.entries().size(), 1);
        QCOMPARE(reread.entries().first().outcome, ActivityOutcome::Done);
        QCOMPARE(reread.entries().first().requestId, entry.requestId);
        QCOMPARE(reread.entries().first().note.recordId, createdId);
    }

    void aRefusedCreateIsRecordedFailedWithTheError()
    {
        m_bed->addFault(u"POST"_s, tollFreePath, u"status"_s, {{u"status"_s, 422}});
        QVERIFY(!SandboxTestbed::wait(TollFreeApi(&m_bed->client).create(sampleTollFreeRequest())));
        const ActivityEntry entry = last();
        QCOMPARE(entry.outcome, ActivityOutcome::Failed);
        QCOMPARE(entry.httpStatus, 422);
        QVERIFY(!entry.error.isEmpty());
        QVERIFY(entry.note.recordId.isEmpty());
    }

    void aSendWhoseConnectionDroppedIsRecordedUnknown()
    {
        m_bed->addFault(u"POST"_s, sendPath, u"drop"_s);
        auto *call = RcsApi(&m_bed->client)
                         .send(sampleRcsTextMessage(agent, u"+13125551234"_s, u"profile-123"_s));
        QVERIFY(!SandboxTestbed::wait(call));
        const ActivityEntry entry = last();
        QCOMPARE(entry.note.action, u"Send RCS message"_s);
        QCOMPARE(entry.outcome, ActivityOutcome::Unknown);
        QVERIFY(!entry.error.isEmpty());
        QCOMPARE(entry.note.recordId, agent);
        QCOMPARE(entry.note.phoneNumbers, QStringList{u"+13125551234"_s});
    }

    void anEntryIsWrittenBeforeTheAnswerArrives()
    {
        m_bed->addFault(u"POST"_s, sendPath, u"delay"_s, {{u"delay_ms"_s, 1500}});
        auto *call = RcsApi(&m_bed->client)
                         .send(sampleRcsTextMessage(agent, u"+13125551234"_s, u"profile-123"_s));
        QPointer<ApiCall> guard(call);
        QVERIFY(m_bed->waitForRequests(u"POST "_s + sendPath));
        QVERIFY(guard && !guard->isDone());
        QCOMPARE(m_log->entries().size(), 1);
        QCOMPARE(last().outcome, ActivityOutcome::InProgress);
        // On disk already: a crash now would leave "unknown", not nothing.
        ActivityLog reread(m_dir->path());
        QCOMPARE(reread.entries().size(), 1);
        QCOMPARE(reread.entries().first().outcome, ActivityOutcome::Unknown);
        QCOMPARE(reread.entries().first().note.action, u"Send RCS message"_s);

        QTRY_COMPARE_WITH_TIMEOUT(last().outcome, ActivityOutcome::Done, 10000);
        QVERIFY(!last().requestId.isEmpty());
    }

    void aLongMessageIsKeptToItsFirst40Characters()
    {
        const QString text =
            u"Your order 1234 has shipped and will arrive on Tuesday; SECRETTAIL"_s;
        QVERIFY(SandboxTestbed::wait(
            RcsApi(&m_bed->client)
                .send(sampleRcsTextMessage(agent, u"+13125551234"_s, u"profile-123"_s, text))));
        QCOMPARE(last().note.detail, text.left(40) + u'…');
        QVERIFY(!fileBytes().contains("SECRETTAIL"));
        QVERIFY(fileBytes().contains(text.left(40).toUtf8()));
    }

    void aHostedUploadAndTheCodesAreRecordedWithoutKeyOrCode()
    {
        const QStringList numbers{u"+13125551071"_s, u"+13125551072"_s};
        const HostedOrder order = m_bed->createHostedOrder(numbers);
        QVERIFY(!order.id.isEmpty());
        HostedApi api(&m_bed->client);
        QVERIFY(SandboxTestbed::wait(
            api.uploadDocuments(order.id, HostedApi::pdfPart("loa", u"loa.pdf"_s, "%PDF-1.4 a"),
                                HostedApi::pdfPart("bill", u"bill.pdf"_s, "%PDF-1.4 b"))));
        const ActivityEntry upload = lastWith(u"Upload hosted-order documents"_s);
        QCOMPARE(upload.outcome, ActivityOutcome::Done);
        QCOMPARE(upload.note.recordId, order.id);
        QCOMPARE(upload.note.area, ActivityArea::hostedOrder);

        VerificationCodesRequest send;
        send.phoneNumbers = numbers;
        QVERIFY(SandboxTestbed::wait(api.createVerificationCodes(order.id, send)));
        const QJsonArray codes =
            m_bed->control("GET", u"/_sandbox/verification_codes?order_id="_s + order.id)
                .object()
                .value(u"data"_s)
                .toArray();
        QCOMPARE(codes.size(), 2);
        ValidationCodesRequest validate;
        for (const QJsonValue &code : codes) {
            validate.verificationCodes.append(
                {code[u"phone_number"_s].toString(), code[u"code"_s].toString()});
        }
        QVERIFY(SandboxTestbed::wait(api.validateCodes(order.id, validate)));
        const ActivityEntry validated = lastWith(u"Validate verification codes"_s);
        QCOMPARE(validated.outcome, ActivityOutcome::Done);
        QCOMPARE(validated.note.phoneNumbers, numbers);

        // Create, upload, send, validate.
        QCOMPARE(m_log->entries().size(), 4);
        const QByteArray bytes = fileBytes();
        QVERIFY(!bytes.isEmpty());
        QVERIFY(!bytes.contains(SandboxTestbed::apiKey));
        for (const VerificationCodeEntry &entry : std::as_const(validate.verificationCodes)) {
            QCOMPARE(entry.code.size(), 6);
            QVERIFY2(!bytes.contains(entry.code.toUtf8()), qPrintable(entry.code));
        }
        struct stat info = {};
        QCOMPARE(::stat(QFile::encodeName(m_log->filePath()).constData(), &info), 0);
        QCOMPARE(int(info.st_mode & 07777), 0600);
    }

    void readsAreNotRecorded()
    {
        QVERIFY(SandboxTestbed::wait(HostedApi(&m_bed->client).listOrders(1)));
        QVERIFY(
            SandboxTestbed::wait(HostedApi(&m_bed->client).checkEligibility({u"+13125551081"_s})));
        QVERIFY(m_log->entries().isEmpty());
        QVERIFY(!QFile::exists(m_log->filePath()));
    }
};

QTEST_GUILESS_MAIN(TestActivityRecorder)
#include "tst_activityrecorder.moc"
