#include "statustimelinecanvas.h"

#include "statushistorymodel.h"
#include "statustimeline.h"
#include "statustimelinestyle.h"

#include <QAction>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QHelpEvent>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QToolTip>

using namespace Qt::StringLiterals;
using namespace StatusTimelineStyle;

namespace {

constexpr int margin = 12;
constexpr int entrySpacing = 22;
constexpr int reasonPadding = 8;

QString exactTime(const QDateTime &time)
{
    const QLocale locale;
    return time.isValid() ? locale.toString(time.toLocalTime(),
                                            locale.dateFormat(QLocale::ShortFormat) + u' ' +
                                                locale.timeFormat(QLocale::LongFormat))
                          : QString();
}

// The date and time beside the rail, in the user's locale (12/5/26 over 3:04 PM, 05.12.26 over
// 15:04).
QString railDate(const QDateTime &local)
{
    return QLocale().toString(local.date(), QLocale::ShortFormat);
}
QString railTime(const QDateTime &local)
{
    return QLocale().toString(local.time(), QLocale::ShortFormat);
}

QString durationPhrase(const StatusHistoryModel *model, int row)
{
    const QString duration = StatusHistoryModel::formatDuration(model->durationInStatus(row));
    return row == model->rowCount() - 1 ? StatusTimeline::tr("for %1 so far").arg(duration)
                                        : StatusTimeline::tr("for %1").arg(duration);
}

} // namespace

QString StatusTimelineCanvas::entryText(const StatusHistoryModel *model, int row)
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

StatusTimelineCanvas::StatusTimelineCanvas(StatusTimeline *owner, QWidget *parent)
    : QWidget(parent)
    , m_owner(owner)
{
    setObjectName(u"statusTimelineCanvas"_s);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setMouseTracking(true);
    // Reachable with Tab: a screen reader reads the history from the accessible description.
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(StatusTimeline::tr("Status history"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
}

void StatusTimelineCanvas::setModel(StatusHistoryModel *model)
{
    m_model = model;
    modelChanged();
}

void StatusTimelineCanvas::modelChanged()
{
    m_layoutWidth = -1;
    if (m_model && m_selected >= m_model->rowCount())
        m_selected = -1;
    m_hovered = -1;
    updateAccessibleDescription();
    updateGeometry();
    update();
}

void StatusTimelineCanvas::updateAccessibleDescription()
{
    QString description = placeholder();
    if (description.isEmpty()) {
        QStringList lines;
        for (int row = m_model->rowCount() - 1; row >= 0; --row) // newest first, as drawn
            lines << entryText(m_model, row);
        description = lines.join(u'\n');
    }
    setAccessibleDescription(description);
}

QString StatusTimelineCanvas::placeholder() const
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

const QList<StatusTimelineCanvas::Entry> &StatusTimelineCanvas::entries() const
{
    if (m_layoutWidth != width()) {
        m_entries = layoutFor(width(), nullptr);
        m_layoutWidth = width();
    }
    return m_entries;
}

int StatusTimelineCanvas::heightForWidth(int width) const
{
    if (!placeholder().isEmpty())
        return 140;
    int height = 0;
    layoutFor(width, &height);
    return height;
}
QSize StatusTimelineCanvas::sizeHint() const
{
    return QSize(360, heightForWidth(360));
}

QString StatusTimelineCanvas::entryTextAt(const QPoint &pos) const
{
    const int index = entryAt(pos);
    return index < 0 ? QString() : entryText(m_model, entries().at(index).row);
}

QList<StatusTimelineCanvas::Entry> StatusTimelineCanvas::layoutFor(int width,
                                                                   int *totalHeight) const
{
    QList<Entry> result;
    if (!m_model)
        return result;
    const QFontMetrics base(font());
    const QFontMetrics small(scaledFont(font(), 0.9));
    const QFontMetrics badgeMetrics(scaledFont(font(), 0.9, true));
    // The widest date and time the locale writes: two-digit days, months and hours.
    const QDateTime widest(QDate(2028, 12, 28), QTime(22, 58));
    const int dateWidth =
        qMax(small.horizontalAdvance(railDate(widest)), small.horizontalAdvance(railTime(widest))) +
        4;
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
            const QRect text = base.boundingRect(QRect(0, 0, textWidth, 100000),
                                                 Qt::TextWordWrap | Qt::AlignLeft, change.reason);
            entry.reasonBox =
                QRect(contentX, bottom + 6, contentWidth, text.height() + 2 * reasonPadding - 2);
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

int StatusTimelineCanvas::entryAt(const QPoint &pos) const
{
    const QList<Entry> &list = entries();
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i).block.contains(pos))
            return i;
    }
    return -1;
}

void StatusTimelineCanvas::resizeEvent(QResizeEvent *event)
{
    m_layoutWidth = -1;
    QWidget::resizeEvent(event);
}

void StatusTimelineCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const ConsolePalette colours(palette());
    const QColor muted = colours.muted();
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
        painter.setPen(state == StatusHistoryModel::State::Failed ? colours.badgeText(Tone::Failure)
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
        painter.setPen(QPen(colours.rail(tone), 3, Qt::SolidLine, Qt::RoundCap));
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
            painter.setBrush(colours.badgeBackground(tone));
            painter.drawEllipse(mark.adjusted(-4, -4, 4, 4));
            painter.setBrush(colours.badgeText(tone));
            painter.drawEllipse(mark);
            painter.setBrush(palette().color(QPalette::Base));
            painter.drawEllipse(mark.center(), 2.5, 2.5);
        } else {
            painter.setPen(QPen(colours.isDark() ? colours.rail(tone).lighter(115)
                                                 : colours.rail(tone).darker(115),
                                2));
            painter.setBrush(colours.badgeBackground(tone));
            painter.drawEllipse(mark);
        }
        painter.setBrush(Qt::NoBrush);

        // When: date over time, right-aligned against the rail.
        painter.setFont(smallFont);
        painter.setPen(current ? palette().color(QPalette::Text) : muted);
        const QDateTime local = change.updatedAt.toLocalTime();
        painter.drawText(entry.date, Qt::AlignRight | Qt::AlignVCenter, railDate(local));
        painter.setPen(muted);
        painter.drawText(entry.time, Qt::AlignRight | Qt::AlignVCenter, railTime(local));

        drawBadge(painter, entry.badge, tfvStatusLabel(change.verificationStatus), tone, badgeFont,
                  colours);
        painter.setFont(smallFont);
        painter.setPen(muted);
        painter.drawText(entry.duration, Qt::AlignLeft | Qt::AlignVCenter,
                         durationPhrase(m_model, entry.row));

        if (!entry.reasonBox.isNull()) {
            const bool attention = tone == Tone::ActionNeeded || tone == Tone::Failure;
            const QColor accent = attention ? colours.badgeText(tone) : muted;
            const QColor fill = attention
                                    ? ConsolePalette::mix(colours.badgeBackground(tone),
                                                          palette().color(QPalette::Base), 0.35)
                                    : ConsolePalette::mix(palette().color(QPalette::AlternateBase),
                                                          palette().color(QPalette::Base), 0.3);
            QPainterPath box;
            box.addRoundedRect(QRectF(entry.reasonBox), 4, 4);
            painter.fillPath(box, fill);
            painter.fillRect(QRect(entry.reasonBox.left(), entry.reasonBox.top() + 1, 3,
                                   entry.reasonBox.height() - 2),
                             accent);
            painter.setFont(font());
            painter.setPen(attention
                               ? colours.calloutText(tone, ConsolePalette::CalloutText::Strong)
                               : palette().color(QPalette::Text));
            painter.drawText(entry.reasonBox.adjusted(reasonPadding + 3, reasonPadding - 1,
                                                      -reasonPadding, -reasonPadding + 1),
                             Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, change.reason);
        }
    }
}

// Grey stand-ins for the marks while the first answer is on its way.
void StatusTimelineCanvas::paintSkeleton(QPainter &painter) const
{
    const QColor shade =
        ConsolePalette::mix(palette().color(QPalette::Mid), palette().color(QPalette::Base), 0.75);
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
            QRect(railX + 20, y + 24, qMax(60, width() - railX - 20 - margin - 40 * i), 8), 4, 4);
    }
    painter.restore();
}

void StatusTimelineCanvas::mouseMoveEvent(QMouseEvent *event)
{
    const int hovered = entryAt(event->position().toPoint());
    if (hovered != m_hovered) {
        m_hovered = hovered;
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void StatusTimelineCanvas::leaveEvent(QEvent *event)
{
    m_hovered = -1;
    update();
    QWidget::leaveEvent(event);
}

void StatusTimelineCanvas::mousePressEvent(QMouseEvent *event)
{
    m_selected = entryAt(event->position().toPoint());
    update();
    QWidget::mousePressEvent(event);
}

void StatusTimelineCanvas::contextMenuEvent(QContextMenuEvent *event)
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

bool StatusTimelineCanvas::event(QEvent *event)
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
