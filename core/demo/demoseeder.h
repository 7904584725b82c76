#pragma once

#include <QList>
#include <QString>

#include <functional>

namespace Accueil {

class Store;

struct DemoOptions
{
    int years = 2;        // of appointment history before today
    quint64 seed = 1;     // the same seed and date give the same centre
    int futureMonths = 3; // of appointments already booked after today
    int patients = 10000;
};

struct DemoLogin
{
    QString login;
    QString password;
    QString role; // role key: "secretary", "coordinator", "admin", "practitioner"
    QString name;
};

// Fills an empty database with a realistic demo centre: the "Maison de santé pluriprofessionnelle
// des Tilleuls", its 30 practitioners and 2 interns, staff logins, about 10 000 patients in
// families, and years of appointments (about 120 000 a year) around today.
class DemoSeeder
{
public:
    using Progress = std::function<void(const QString &stage, int percent)>;

    DemoSeeder(Store &store, DemoOptions options);

    // Throws StoreError(AlreadyInitialised) if the database already has practitioners or patients.
    // "today" comes from store.clock() (UTC now converted to the centre's time zone, Europe/Paris).
    void run(const Progress &progress = {});

    // The logins worth printing: the secretaries, the coordinator, the administrator and a few
    // practitioners. Every demo password is "demo".
    [[nodiscard]] static QList<DemoLogin> logins();

private:
    Store &m_store;
    DemoOptions m_options;
};

} // namespace Accueil
