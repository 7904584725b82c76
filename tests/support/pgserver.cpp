#include "pgserver.h"

#include "catch.h"

#include <QDir>
#include <QProcess>
#include <QTcpServer>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Accueil::Test {

namespace {

quint16 freePort()
{
    QTcpServer probe;
    REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
    return probe.serverPort();
}

} // namespace

PgServer::PgServer()
    : m_bin(qEnvironmentVariable("PG_BIN", u"/usr/lib/postgresql/15/bin"_s))
    , m_port(freePort())
{
    REQUIRE(m_dir.isValid());
    QDir(m_dir.path()).mkpath(u"sock"_s);
    if (::geteuid() == 0) {
        // initdb refuses root; the postgres user must own the directory and reach it.
        REQUIRE(QProcess::execute(u"chown"_s, {u"-R"_s, u"postgres:postgres"_s, m_dir.path()}) == 0);
        REQUIRE(QProcess::execute(u"chmod"_s, {u"755"_s, m_dir.path()}) == 0);
    }
    run(u"initdb"_s, {u"-D"_s, m_dir.filePath(u"data"_s), u"-A"_s, u"trust"_s, u"-U"_s, u"postgres"_s,
                      u"-E"_s, u"UTF8"_s, u"--locale=C.UTF-8"_s, u"--no-sync"_s});
    start();
}

PgServer::~PgServer()
{
    QProcess::execute(::geteuid() == 0 ? u"runuser"_s : m_bin + u"/pg_ctl"_s,
                      (::geteuid() == 0 ? QStringList{u"-u"_s, u"postgres"_s, u"--"_s, m_bin + u"/pg_ctl"_s}
                                        : QStringList{})
                              + QStringList{u"-D"_s, m_dir.filePath(u"data"_s), u"-m"_s, u"immediate"_s,
                                            u"-s"_s, u"stop"_s});
}

void PgServer::run(const QString &tool, const QStringList &args)
{
    QProcess process;
    process.setWorkingDirectory(QDir::tempPath());
    if (::geteuid() == 0)
        process.start(u"runuser"_s, QStringList{u"-u"_s, u"postgres"_s, u"--"_s, m_bin + u'/' + tool} + args);
    else
        process.start(m_bin + u'/' + tool, args);
    REQUIRE(process.waitForFinished(60000));
    INFO(tool.toStdString() << ": " << process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
}

void PgServer::start()
{
    run(u"pg_ctl"_s,
        {u"-D"_s, m_dir.filePath(u"data"_s), u"-l"_s, m_dir.filePath(u"log"_s), u"-w"_s, u"-s"_s, u"-o"_s,
         u"-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off"_s.arg(m_port).arg(
                 m_dir.filePath(u"sock"_s)),
         u"start"_s});
}

void PgServer::stop()
{
    run(u"pg_ctl"_s, {u"-D"_s, m_dir.filePath(u"data"_s), u"-m"_s, u"fast"_s, u"-w"_s, u"-s"_s, u"stop"_s});
}

QString PgServer::url(const QString &database) const
{
    return u"postgresql://postgres@127.0.0.1:%1/%2"_s.arg(m_port).arg(database);
}

} // namespace Accueil::Test
