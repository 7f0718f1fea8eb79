#include "statustimeline.h"

#include "statushistorymodel.h"
#include "widgets/plaintext.h"
#include "widgets/statusbadgedelegate.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QScrollArea>
#include <QStyle>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

using Tone = StatusBadgeDelegate::Tone;

constexpr int margin = 12;
constexpr int badgePadding = 8;
constexpr int entrySpacing = 22;
constexpr int reasonPadding = 8;

Tone toneOf(const QString &wireStatus)
{
    return StatusBadgeDelegate::toneForStatus(wireStatus);
}

QColor mix(const QColor &from, const QColor &to, double amount)
{
    const auto blend = [amount](int a, int b) { return int(a + (b - a) * amount); };
    return QColor(blend(from.red(), to.red()), blend(from.green(), to.green()),
                  blend(from.blue(), to.blue()));
}

// The badge text's hue, brighter: strong enough for a thin line or a bar on white, and still
// the badge's colour family (blue for review, amber for "needs you", green, red).
QColor railColour(Tone tone)
{
    const QColor text = StatusBadgeDelegate::foreground(tone).toHsv();
    if (text.hsvSaturation() < 120) // neutral grey stays grey
        return mix(StatusBadgeDelegate::background(tone), text, 0.5);
    return QColor::fromHsv(text.hsvHue(), 170, 225);
}

QFont scaledFont(const QFont &base, double factor, bool bold = false)
{
    QFont font = base;
    if (base.pointSizeF() > 0)
        font.setPointSizeF(base.pointSizeF() * factor);
    else
        font.setPixelSize(qMax(8, int(base.pixelSize() * factor)));
    font.setBold(bold);
    return font;
}

QColor mutedText(const QPalette &palette)
{
    return mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.45);
}

QSize badgeSize(const QFontMetrics &metrics, const QString &text)
{
    return QSize(metrics.horizontalAdvance(text) + 2 * badgePadding, metrics.height() + 6);
}

void drawBadge(QPainter &painter, const QRect &rect, const QString &text, Tone tone,
               const QFont &font)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(rect), rect.height() / 2.0, rect.height() / 2.0);
    painter.fillPath(path, StatusBadgeDelegate::background(tone));
    painter.setPen(StatusBadgeDelegate::foreground(tone));
    painter.setFont(font);
    painter.drawText(rect, Qt::AlignCenter, text);
    painter.restore();
}

QString exactTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss t"_s) : QString();
}

QString durationPhrase(const StatusHistoryModel *model, int row)
{
    const QString duration = StatusHistoryModel::formatDuration(model->durationInStatus(row));
    return row == model->rowCount() - 1 ? StatusTimeline::tr("for %1 so far").arg(duration)
                                        : StatusTimeline::tr("for %1").arg(duration);
}

QString entryText(const StatusHistoryModel *model, int row)
{
    const TfvStatusChange change = model->changeAt(row);
    const bool current = row == model->rowCount() - 1;
    const QString duration = StatusHistoryModel::formatDuration(model->durationInStatus(row));
    QString text = PagedListModel::displayDateTime(change.updatedAt) % u"  "_s %
                   change.verificationStatus % u" ("_s %
                   (current ? StatusTimeline::tr("current, %1 so far").arg(duration) : duration) %
                   u')';
    if (!change.reason.isEmpty())
        text += u"\n    "_s % StatusTimeline::tr("Reason: %1").arg(change.reason);
    return text;
}

} // namespace

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
        painter.fillPath(cardPath, palette().color(QPalette::Base));
        painter.setPen(
            QPen(mix(palette().color(QPalette::Mid), palette().color(QPalette::Base), 0.5), 1));
        painter.drawPath(cardPath);

        const QFont smallFont = scaledFont(font(), 0.9);
        const QFont bigFont = scaledFont(font(), 1.15, true);
        const QFont ageFont = scaledFont(font(), 1.15, true);
        const QFontMetrics small(smallFont);
        const QFontMetrics big(bigFont);
        const QColor muted = mutedText(palette());
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
        drawBadge(painter, badgeRect, label, tone, bigFont);

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
            painter.fillPath(path, railColour(toneOf(m_model->changeAt(row).verificationStatus)));
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

// --- Canvas: the timeline itself ---------------------------------------------------------------

class StatusTimelineCanvas : public QWidget
{
public:
    struct Entry
    {
        int row = -1;
        QRect block;
        QRect mark;
        QRect badge;
        QRect duration;
        QRect reasonBox;
        QRect date;
        QRect time;
    };

    StatusTimelineCanvas(StatusTimeline *owner, QWidget *parent)
        : QWidget(parent)
        , m_owner(owner)
    {
        setObjectName(u"statusTimelineCanvas"_s);
        QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
        policy.setHeightForWidth(true);
        setSizePolicy(policy);
        setMouseTracking(true);
        setFocusPolicy(Qt::ClickFocus);
        setAutoFillBackground(true);
        setBackgroundRole(QPalette::Base);
    }

    void setModel(StatusHistoryModel *model)
    {
        m_model = model;
        modelChanged();
    }

    void modelChanged()
    {
        m_layoutWidth = -1;
        if (m_model && m_selected >= m_model->rowCount())
            m_selected = -1;
        m_hovered = -1;
        updateGeometry();
        update();
    }

    QString placeholder() const
    {
        if (!m_model)
            return StatusTimeline::tr("Select a request to see its status history.");
        if (m_model->rowCount() > 0)
            return {};
        switch (m_model->state()) {
        case StatusHistoryModel::State::Empty:
            return StatusTimeline::tr("Select a request to see its status history.");
        case StatusHistoryModel::State::Loading:
            return StatusTimeline::tr("Loading the status history…");
        case StatusHistoryModel::State::Failed:
            return StatusTimeline::tr("The status history could not be loaded.\n%1")
                .arg(m_model->lastError().message());
        case StatusHistoryModel::State::Loaded:
            return StatusTimeline::tr("No status changes recorded yet.");
        }
        return {};
    }

    const QList<Entry> &entries() const
    {
        if (m_layoutWidth != width()) {
            m_entries = layoutFor(width(), nullptr);
            m_layoutWidth = width();
        }
        return m_entries;
    }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override
    {
        if (!placeholder().isEmpty())
            return 140;
        int height = 0;
        layoutFor(width, &height);
        return height;
    }
    QSize sizeHint() const override { return QSize(360, heightForWidth(360)); }
    QSize minimumSizeHint() const override { return QSize(240, 100); }

    QString entryTextAt(const QPoint &pos) const
    {
        const int index = entryAt(pos);
        return index < 0 ? QString() : entryText(m_model, entries().at(index).row);
    }

protected:
    QList<Entry> layoutFor(int width, int *totalHeight) const
    {
        QList<Entry> result;
        if (!m_model)
            return result;
        const QFontMetrics base(font());
        const QFontMetrics small(scaledFont(font(), 0.9));
        const QFontMetrics badgeMetrics(scaledFont(font(), 0.9, true));
        const int dateWidth = small.horizontalAdvance(u"8888-88-88"_s) + 4;
        const int railX = margin + dateWidth + 18;
        const int contentX = railX + 20;
        const int contentWidth = qMax(120, width - contentX - margin);
        const int rows = m_model->rowCount();
        int y = margin + 4;
        for (int row = rows - 1; row >= 0; --row) { // newest first
            const TfvStatusChange change = m_model->changeAt(row);
            Entry entry;
            entry.row = row;
            const QSize badge = badgeSize(badgeMetrics, tfvStatusLabel(change.verificationStatus));
            entry.badge = QRect(QPoint(contentX, y), badge);
            const int durationWidth = small.horizontalAdvance(durationPhrase(m_model, row)) + 2;
            if (entry.badge.right() + 10 + durationWidth <= contentX + contentWidth) {
                entry.duration = QRect(entry.badge.right() + 10, y, durationWidth, badge.height());
            } else {
                entry.duration =
                    QRect(contentX, entry.badge.bottom() + 3, durationWidth, small.height());
            }
            int bottom = qMax(entry.badge.bottom(), entry.duration.bottom());
            if (!change.reason.isEmpty()) {
                const int textWidth = contentWidth - 2 * reasonPadding - 3;
                const QRect text =
                    base.boundingRect(QRect(0, 0, textWidth, 100000),
                                      Qt::TextWordWrap | Qt::AlignLeft, change.reason);
                entry.reasonBox = QRect(contentX, bottom + 6, contentWidth,
                                        text.height() + 2 * reasonPadding - 2);
                bottom = entry.reasonBox.bottom();
            }
            entry.date = QRect(margin, y, dateWidth, small.height());
            entry.time = QRect(margin, y + small.height(), dateWidth, small.height());
            bottom = qMax(bottom, entry.time.bottom());
            const bool current = row == rows - 1;
            const int radius = current ? 8 : 6;
            const QPoint centre(railX, entry.badge.center().y() + 1);
            entry.mark =
                QRect(centre.x() - radius, centre.y() - radius, 2 * radius + 1, 2 * radius + 1);
            entry.block = QRect(4, y - 8, width - 8, bottom - y + 16);
            result.append(entry);
            y = bottom + entrySpacing;
        }
        if (totalHeight)
            *totalHeight = y - entrySpacing + margin + 8;
        return result;
    }

    int entryAt(const QPoint &pos) const
    {
        const QList<Entry> &list = entries();
        for (int i = 0; i < list.size(); ++i) {
            if (list.at(i).block.contains(pos))
                return i;
        }
        return -1;
    }

    void resizeEvent(QResizeEvent *event) override
    {
        m_layoutWidth = -1;
        QWidget::resizeEvent(event);
    }

    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const QColor muted = mutedText(palette());
        const QString message = placeholder();
        if (!message.isEmpty()) {
            const auto state = m_model ? m_model->state() : StatusHistoryModel::State::Empty;
            QRect textArea = rect().adjusted(24, 16, -24, -16);
            if (state == StatusHistoryModel::State::Loading) {
                paintSkeleton(painter);
                textArea.setTop(margin + 3 * 46 + 12);
                textArea.setHeight(fontMetrics().height() * 2);
            } else if (state == StatusHistoryModel::State::Failed) {
                const QIcon icon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
                const QRect iconRect(width() / 2 - 16, textArea.center().y() - 56, 32, 32);
                icon.paint(&painter, iconRect);
                textArea.setTop(iconRect.bottom() + 10);
                textArea.setHeight(fontMetrics().height() * 4);
            } else {
                textArea.setTop(textArea.center().y() - fontMetrics().height());
            }
            painter.setPen(state == StatusHistoryModel::State::Failed
                               ? StatusBadgeDelegate::foreground(Tone::Failure)
                               : muted);
            painter.drawText(textArea, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, message);
            return;
        }

        const QList<Entry> &list = entries();
        const QFont smallFont = scaledFont(font(), 0.9);
        const QFont badgeFont = scaledFont(font(), 0.9, true);

        // Highlight of the hovered and the selected entry.
        for (int i = 0; i < list.size(); ++i) {
            if (i != m_hovered && i != m_selected)
                continue;
            QColor fill = palette().color(QPalette::Highlight);
            fill.setAlpha(i == m_selected ? (hasFocus() ? 46 : 30) : 16);
            QPainterPath path;
            path.addRoundedRect(QRectF(list.at(i).block), 6, 6);
            painter.fillPath(path, fill);
        }

        // The rail: each segment is coloured by the (older) status it spans.
        for (int i = 0; i + 1 < list.size(); ++i) {
            const Entry &newer = list.at(i);
            const Entry &older = list.at(i + 1);
            const Tone tone = toneOf(m_model->changeAt(older.row).verificationStatus);
            painter.setPen(QPen(railColour(tone), 3, Qt::SolidLine, Qt::RoundCap));
            painter.drawLine(QPointF(newer.mark.center()) + QPointF(0.5, 0),
                             QPointF(older.mark.center()) + QPointF(0.5, 0));
        }

        for (const Entry &entry : list) {
            const TfvStatusChange change = m_model->changeAt(entry.row);
            const Tone tone = toneOf(change.verificationStatus);
            const bool current = entry.row == m_model->rowCount() - 1;

            // Mark: the current one is solid with a halo; earlier ones are rings.
            const QRectF mark = QRectF(entry.mark).adjusted(0.5, 0.5, -0.5, -0.5);
            if (current) {
                painter.setPen(Qt::NoPen);
                painter.setBrush(StatusBadgeDelegate::background(tone));
                painter.drawEllipse(mark.adjusted(-4, -4, 4, 4));
                painter.setBrush(StatusBadgeDelegate::foreground(tone));
                painter.drawEllipse(mark);
                painter.setBrush(palette().color(QPalette::Base));
                painter.drawEllipse(mark.center(), 2.5, 2.5);
            } else {
                painter.setPen(QPen(railColour(tone).darker(115), 2));
                painter.setBrush(StatusBadgeDelegate::background(tone));
                painter.drawEllipse(mark);
            }
            painter.setBrush(Qt::NoBrush);

            // When: date over time, right-aligned against the rail.
            painter.setFont(smallFont);
            painter.setPen(current ? palette().color(QPalette::Text) : muted);
            const QDateTime local = change.updatedAt.toLocalTime();
            painter.drawText(entry.date, Qt::AlignRight | Qt::AlignVCenter,
                             local.toString(u"yyyy-MM-dd"_s));
            painter.setPen(muted);
            painter.drawText(entry.time, Qt::AlignRight | Qt::AlignVCenter,
                             local.toString(u"HH:mm"_s));

            drawBadge(painter, entry.badge, tfvStatusLabel(change.verificationStatus), tone,
                      badgeFont);
            painter.setFont(smallFont);
            painter.setPen(muted);
            painter.drawText(entry.duration, Qt::AlignLeft | Qt::AlignVCenter,
                             durationPhrase(m_model, entry.row));

            if (!entry.reasonBox.isNull()) {
                const bool attention = tone == Tone::ActionNeeded || tone == Tone::Failure;
                const QColor accent = attention ? StatusBadgeDelegate::foreground(tone) : muted;
                const QColor fill = attention ? mix(StatusBadgeDelegate::background(tone),
                                                    palette().color(QPalette::Base), 0.35)
                                              : mix(palette().color(QPalette::AlternateBase),
                                                    palette().color(QPalette::Base), 0.3);
                QPainterPath box;
                box.addRoundedRect(QRectF(entry.reasonBox), 4, 4);
                painter.fillPath(box, fill);
                painter.fillRect(QRect(entry.reasonBox.left(), entry.reasonBox.top() + 1, 3,
                                       entry.reasonBox.height() - 2),
                                 accent);
                painter.setFont(font());
                painter.setPen(attention ? StatusBadgeDelegate::foreground(tone).darker(130)
                                         : palette().color(QPalette::Text));
                painter.drawText(entry.reasonBox.adjusted(reasonPadding + 3, reasonPadding - 1,
                                                          -reasonPadding, -reasonPadding + 1),
                                 Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, change.reason);
            }
        }
    }

    // Grey stand-ins for the marks while the first answer is on its way.
    void paintSkeleton(QPainter &painter) const
    {
        const QColor shade =
            mix(palette().color(QPalette::Mid), palette().color(QPalette::Base), 0.75);
        const int railX =
            margin + QFontMetrics(scaledFont(font(), 0.9)).horizontalAdvance(u"8888-88-88"_s) + 22;
        painter.save();
        painter.setPen(QPen(shade, 3, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(railX, margin + 14, railX, margin + 14 + 2 * 46);
        painter.setPen(Qt::NoPen);
        painter.setBrush(shade);
        for (int i = 0; i < 3; ++i) {
            const int y = margin + 6 + i * 46;
            painter.drawEllipse(QPoint(railX, y + 8), 6, 6);
            painter.drawRoundedRect(QRect(railX - 74, y + 2, 56, 10), 4, 4);
            painter.drawRoundedRect(QRect(railX + 20, y, 110, 18), 9, 9);
            painter.drawRoundedRect(QRect(railX + 140, y + 4, 70, 10), 4, 4);
            painter.drawRoundedRect(
                QRect(railX + 20, y + 24, qMax(60, width() - railX - 20 - margin - 40 * i), 8), 4,
                4);
        }
        painter.restore();
    }

    void mouseMoveEvent(QMouseEvent *event) override
    {
        const int hovered = entryAt(event->position().toPoint());
        if (hovered != m_hovered) {
            m_hovered = hovered;
            update();
        }
        QWidget::mouseMoveEvent(event);
    }

    void leaveEvent(QEvent *event) override
    {
        m_hovered = -1;
        update();
        QWidget::leaveEvent(event);
    }

    void mousePressEvent(QMouseEvent *event) override
    {
        m_selected = entryAt(event->position().toPoint());
        update();
        QWidget::mousePressEvent(event);
    }

    void contextMenuEvent(QContextMenuEvent *event) override
    {
        QMenu menu(this);
        menu.addAction(m_owner->copyAction());
        const QString entry = entryTextAt(event->pos());
        if (!entry.isEmpty()) {
            QAction *copyEntry = menu.addAction(StatusTimeline::tr("Copy this entry"));
            connect(copyEntry, &QAction::triggered, this,
                    [entry] { QGuiApplication::clipboard()->setText(entry); });
        }
        menu.exec(event->globalPos());
    }

    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::ToolTip && m_model) {
            auto *help = static_cast<QHelpEvent *>(event);
            const int index = entryAt(help->pos());
            if (index < 0) {
                QToolTip::hideText();
                event->ignore();
                return true;
            }
            const Entry &entry = entries().at(index);
            const TfvStatusChange change = m_model->changeAt(entry.row);
            QString tip =
                u"<b>"_s % change.verificationStatus.toHtmlEscaped() % u"</b><br>"_s %
                tfvStatusExplanation(change.status()).toHtmlEscaped() % u"<br><br>"_s %
                StatusTimeline::tr("Changed %1").arg(exactTime(change.updatedAt)) % u"<br>"_s %
                StatusTimeline::tr("Time in this status: %1")
                    .arg(StatusHistoryModel::formatDuration(m_model->durationInStatus(entry.row)));
            QToolTip::showText(help->globalPos(), tip, this, entry.block);
            return true;
        }
        return QWidget::event(event);
    }

private:
    StatusTimeline *m_owner;
    QPointer<StatusHistoryModel> m_model;
    mutable QList<Entry> m_entries;
    mutable int m_layoutWidth = -1;
    int m_hovered = -1;
    int m_selected = -1;
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
        title = tr("Status history · %n change(s)", nullptr, m_model->rowCount());
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
        lines << entryText(m_model, row);
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
