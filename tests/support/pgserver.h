#pragma once

#include <QString>
#include <QTemporaryDir>

namespace Accueil::Test {

// A PostgreSQL 15 server of the test's own, on loopback, that the test may stop and start again
// (the shared server of scripts/test serves other tests meanwhile). Run as the postgres user when
// the tests run as root, as initdb requires.
class PgServer
{
public:
    PgServer();
    ~PgServer();
    Q_DISABLE_COPY_MOVE(PgServer)

    void start();
    void stop();
    [[nodiscard]] QString url(const QString &database = QStringLiteral("postgres")) const;
    [[nodiscard]] quint16 port() const { return m_port; }

private:
    // Runs a PostgreSQL tool, as the postgres user when root; fails the test on a non-zero exit.
    void run(const QString &tool, const QStringList &args);

    QTemporaryDir m_dir;
    QString m_bin;
    quint16 m_port = 0;
};

} // namespace Accueil::Test
