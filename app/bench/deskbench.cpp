#include "deskbench.h"

#include "agenda/agendaview.h"
#include "agendapage.h"
#include "desksession.h"
#include "store/store.h"

#include <QImage>
#include <QPainter>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Accueil {

namespace {

// Paints the grid as the screen would, synchronously.
void paint(AgendaView &view, QImage &image)
{
    image.fill(Qt::white);
    view.render(&image);
}

} // namespace

void deskBenchmarks(Store &store, const std::function<void(const QString &, const std::function<void(int)> &,
                                                           const QString &)> &measureAndPrint)
{
    std::vector<StaffUser> secretaries
            = store.select<StaffUser>(u"role = 'secretary' AND active = ?"_s, {true});
    if (secretaries.empty())
        throw StoreError(StoreError::Kind::NotFound, u"No secretary in this store: seed the demo."_s);
    DeskSession session(store, secretaries.front());
    QList<qint64> all;
    for (const AgendaEntry &entry : session.directory().agendas())
        all << entry.agenda.id;
    const QDate today = session.today();
    QImage image(QSize(1680, 1050), QImage::Format_ARGB32_Premultiplied);
    const QString extra = u"agendas=%1 backend=%2"_s.arg(all.size())
                                  .arg(store.database().isPostgres() ? u"postgresql"_s : u"sqlite"_s);

    // A new page on a weekday going back in time each run, so no run reads the previous one's rows.
    const auto weekday = [&](int i) {
        QDate day = today.addDays(-i);
        while (day.dayOfWeek() > 5)
            day = day.addDays(-1);
        return day;
    };
    measureAndPrint(
            u"desk_open_day_all_agendas"_s,
            [&](int i) {
                QUndoStack undo;
                AgendaPage page(session, undo);
                page.resize(image.size());
                page.setMode(AgendaPage::Mode::Day);
                page.setDate(weekday(i));
                page.setDayAgendas(all);
                page.view()->scrollToMinute(8 * 60);
                image.fill(Qt::white);
                page.render(&image);
            },
            extra);

    QUndoStack undo;
    AgendaPage page(session, undo);
    page.resize(image.size());
    page.setMode(AgendaPage::Mode::Day);
    page.setDayAgendas(all);
    page.setDate(today.addYears(-1));
    page.view()->scrollToMinute(8 * 60);
    paint(*page.view(), image);
    measureAndPrint(
            u"desk_next_day_all_agendas"_s,
            [&](int) {
                page.setDate(page.date().addDays(1));
                paint(*page.view(), image);
            },
            extra);

    page.setDate(today);
    std::size_t shown = 0;
    for (const GridColumn &column : page.view()->columns())
        shown += column.appointments.size();
    measureAndPrint(
            u"desk_paint_day_all_agendas"_s, [&](int) { paint(*page.view(), image); },
            extra + u" appointments=%1"_s.arg(shown));
}

} // namespace Accueil
