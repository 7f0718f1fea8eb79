#include "statustimeline.h"

#include "statushistorymodel.h"
#include "statustimelinecanvas.h"
#include "statustimelinestyle.h"
#include "widgets/plaintext.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QScrollArea>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace StatusTimelineStyle;

// --- Summary: current status, total age and the share of time per status ----------------------

class StatusTimelineSummary : public QWidget
{
public:
    explicit StatusTimelineSummary(QWidget *parent)
        : QWidget(parent)
    {
        setObjectName(u"statusTimelineSummary"_s);
        setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        setMouseTracking(true);
    }

    void setModel(StatusHistoryModel *model)
    {
        m_model = model;
        updateGeometry();
        update();
    }

    QSize sizeHint() const override
    {
        const QFontMetrics small(scaledFont(font(), 0.9));
        const QFontMetrics big(scaledFont(font(), 1.15, true));
        return QSize(240, 10 + small.height() + 4 + big.height() + 8 + 4 + small.height() + 8 +
                              stripHeight + 12);
    }
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    static constexpr int stripHeight = 10;

    QList<std::pair<QRect, int>> stripSegments(const QRect &strip) const
    {
        QList<std::pair<QRect, int>> segments;
        const int rows = m_model ? m_model->rowCount() : 0;
        if (rows == 0)
            return segments;
        const int gap = 2;
        const int minimum = 4;
        const int available = strip.width() - gap * (rows - 1) - minimum * rows;
        qint64 total = 0;
        for (int row = 0; row < rows; ++row)
            total += m_model->durationInStatus(row);
        int x = strip.left();
        for (int row = 0; row < rows; ++row) {
            const qint64 duration = m_model->durationInStatus(row);
            int width = minimum +
                        (total > 0 ? int(double(available) * duration / total) : available / rows);
            if (row == rows - 1)
                width = strip.right() - x + 1;
            segments.append({QRect(x, strip.top(), qMax(minimum, width), strip.height()), row});
            x += width + gap;
        }
        return segments;
    }

    QRect stripRect() const
    {
        const QRect card = rect().adjusted(1, 1, -1, -1);
        return QRect(card.left() + 12, card.bottom() - 10 - stripHeight, card.width() - 24,
                     stripHeight);
    }

    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const QRectF card = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
        QPainterPath cardPath;
        cardPath.addRoundedRect(card, 6, 6);
        const ConsolePalette colours(palette());
        painter.fillPath(cardPath, palette().color(QPalette::Base));
        painter.setPen(QPen(ConsolePalette::mix(palette().color(QPalette::Mid),
                                                palette().color(QPalette::Base), 0.5),
                            1));
        painter.drawPath(cardPath);

        const QFont smallFont = scaledFont(font(), 0.9);
        const QFont bigFont = scaledFont(font(), 1.15, true);
        const QFont ageFont = scaledFont(font(), 1.15, true);
        const QFontMetrics small(smallFont);
        const QFontMetrics big(bigFont);
        const QColor muted = colours.muted();
        const int left = 12;
        const int right = width() - 12;
        int y = 10;

        painter.setFont(smallFont);
        painter.setPen(muted);
        painter.drawText(QRect(left, y, width() / 2, small.height()), Qt::AlignLeft,
                         StatusTimeline::tr("Current status"));
        painter.drawText(QRect(width() / 2, y, right - width() / 2, small.height()), Qt::AlignRight,
                         StatusTimeline::tr("Total age"));
        y += small.height() + 4;

        const int rows = m_model ? m_model->rowCount() : 0;
        if (rows == 0) {
            painter.setFont(bigFont);
            painter.setPen(muted);
            painter.drawText(QRect(left, y, right - left, big.height() + 8), Qt::AlignVCenter,
                             u"—"_s);
            return;
        }
        const QString status = m_model->currentStatus();
        const Tone tone = toneOf(status);
        const QString label = tfvStatusLabel(status);
        const QSize badge = badgeSize(big, label);
        const QRect badgeRect(left, y, badge.width(), badge.height() + 2);
        drawBadge(painter, badgeRect, label, tone, bigFont, colours);

        const QString age = StatusHistoryModel::formatDuration(m_model->totalAge());
        painter.setFont(ageFont);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(
            QRect(badgeRect.right() + 8, y, right - badgeRect.right() - 8, badgeRect.height()),
            Qt::AlignRight | Qt::AlignVCenter, age);
        y = badgeRect.bottom() + 5;

        // How long in it, and since when.
        painter.setFont(smallFont);
        painter.setPen(muted);
        const QString since =
            StatusTimeline::tr("for %1, since %2")
                .arg(StatusHistoryModel::formatDuration(m_model->durationInStatus(rows - 1)),
                     PagedListModel::displayDateTime(m_model->currentSince()));
        const QRect sinceRect(left, y, right - left, small.height());
        painter.drawText(sinceRect, Qt::AlignLeft | Qt::AlignVCenter,
                         small.elidedText(since, Qt::ElideRight, sinceRect.width()));

        // Share of the request's life spent in each status, oldest on the left.
        for (const auto &[segment, row] : stripSegments(stripRect())) {
            QPainterPath path;
            path.addRoundedRect(QRectF(segment), 3, 3);
            painter.fillPath(path, colours.rail(toneOf(m_model->changeAt(row).verificationStatus)));
        }
    }

    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::ToolTip && m_model) {
            const QPoint pos = static_cast<QHelpEvent *>(event)->pos();
            for (const auto &[segment, row] : stripSegments(stripRect())) {
                if (segment.adjusted(0, -4, 0, 4).contains(pos)) {
                    QToolTip::showText(
                        static_cast<QHelpEvent *>(event)->globalPos(),
                        tfvStatusLabel(m_model->changeAt(row).verificationStatus) % u": "_s %
                            StatusHistoryModel::formatDuration(m_model->durationInStatus(row)),
                        this, segment);
                    return true;
                }
            }
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        return QWidget::event(event);
    }

private:
    QPointer<StatusHistoryModel> m_model;
};

// --- StatusTimeline ----------------------------------------------------------------------------

StatusTimeline::StatusTimeline(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(tr("Status history"), this))
    , m_copyButton(new QToolButton(this))
    , m_retryButton(new QToolButton(this))
    , m_summary(new StatusTimelineSummary(this))
    , m_scroll(new QScrollArea(this))
    , m_canvas(new StatusTimelineCanvas(this, m_scroll))
    , m_copyAction(new QAction(tr("Copy as text"), this))
{
    setObjectName(u"statusTimeline"_s);
    m_title->setObjectName(u"statusTimelineTitle"_s);
    m_title->setStyleSheet(u"font-weight: 600;"_s);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_copyAction->setObjectName(u"copyTimelineAction"_s);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyAction->setIcon(QIcon::fromTheme(u"edit-copy"_s));
    m_copyAction->setToolTip(tr("Copy the whole history as plain text (Ctrl+C)"));
    connect(m_copyAction, &QAction::triggered, this, &StatusTimeline::copyToClipboard);
    addAction(m_copyAction);

    m_copyButton->setObjectName(u"copyTimelineButton"_s);
    m_copyButton->setDefaultAction(m_copyAction);
    m_copyButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_copyButton->setAutoRaise(true);

    m_retryButton->setObjectName(u"timelineRetryButton"_s);
    m_retryButton->setText(tr("Retry"));
    m_retryButton->setAutoRaise(true);
    m_retryButton->hide();
    connect(m_retryButton, &QToolButton::clicked, this, [this] {
        if (m_model)
            m_model->reload();
    });

    m_scroll->setObjectName(u"statusTimelineScroll"_s);
    m_scroll->setWidget(m_canvas);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setBackgroundRole(QPalette::Base);
    m_scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the timeline itself

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_title, 1);
    top->addWidget(m_retryButton);
    top->addWidget(m_copyButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_scroll, 1);

    onModelChanged();
}

StatusTimeline::~StatusTimeline() = default;

void StatusTimeline::setModel(StatusHistoryModel *model)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_modelConnections))
        disconnect(connection);
    m_modelConnections.clear();
    m_model = model;
    if (model) {
        const auto changed = [this] { onModelChanged(); };
        m_modelConnections = {
            connect(model, &QAbstractItemModel::modelReset, this, changed),
            connect(model, &QAbstractItemModel::rowsInserted, this, changed),
            connect(model, &QAbstractItemModel::rowsRemoved, this, changed),
            connect(model, &QAbstractItemModel::dataChanged, this, changed),
            connect(model, &StatusHistoryModel::stateChanged, this, changed),
        };
    }
    m_summary->setModel(model);
    m_canvas->setModel(model);
    onModelChanged();
}

void StatusTimeline::setSubject(const QString &subject)
{
    m_subject = subject;
}

void StatusTimeline::onModelChanged()
{
    const bool hasRows = m_model && m_model->rowCount() > 0;
    const auto state = m_model ? m_model->state() : StatusHistoryModel::State::Empty;
    m_summary->setVisible(hasRows);
    m_copyAction->setEnabled(hasRows);
    m_retryButton->setVisible(state == StatusHistoryModel::State::Failed);

    QString title = tr("Status history");
    if (hasRows)
        title = tr("Status history · %Ln change(s)", nullptr, m_model->rowCount());
    if (state == StatusHistoryModel::State::Loading && hasRows)
        title += u"  "_s % tr("(updating…)");
    else if (state == StatusHistoryModel::State::Failed && hasRows)
        title += u"  "_s % tr("(could not refresh)");
    m_title->setText(title);
    m_title->setToolTip(state == StatusHistoryModel::State::Failed && m_model
                            ? PlainText::toolTip(m_model->lastError().message())
                            : QString());
    m_summary->update();
    m_canvas->modelChanged();
}

QString StatusTimeline::plainText() const
{
    if (!m_model || m_model->rowCount() == 0)
        return {};
    QStringList lines;
    lines << (m_subject.isEmpty() ? tr("Status history")
                                  : tr("Status history of %1").arg(m_subject));
    const int rows = m_model->rowCount();
    lines << tr("Current status: %1, for %2")
                 .arg(m_model->currentStatus(),
                      StatusHistoryModel::formatDuration(m_model->durationInStatus(rows - 1)));
    lines << tr("Total age: %1").arg(StatusHistoryModel::formatDuration(m_model->totalAge()));
    lines << QString();
    for (int row = rows - 1; row >= 0; --row)
        lines << StatusTimelineCanvas::entryText(m_model, row);
    return lines.join(u'\n') + u'\n';
}

QString StatusTimeline::placeholderText() const
{
    return m_canvas->placeholder();
}

int StatusTimeline::markCount() const
{
    return m_canvas->placeholder().isEmpty() ? int(m_canvas->entries().size()) : 0;
}

QRect StatusTimeline::markRect(int row) const
{
    if (!m_canvas->placeholder().isEmpty())
        return {};
    for (const auto &entry : m_canvas->entries()) {
        if (entry.row == row)
            return entry.mark;
    }
    return {};
}

QWidget *StatusTimeline::canvas() const
{
    return m_canvas;
}

void StatusTimeline::copyToClipboard()
{
    const QString text = plainText();
    if (text.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(text);
    Q_EMIT copied(text);
}
