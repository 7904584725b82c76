#pragma once

#include <QString>

namespace Accueil {

// Where the centre's data lives: "sqlite:PATH" or "postgresql://user[:password]@host[:port]/dbname".
class DatabaseUrl
{
public:
    enum class Backend {
        Sqlite,
        Postgres
    };

    // Throws StoreError(InvalidUrl) with a sentence saying what is wrong.
    [[nodiscard]] static DatabaseUrl parse(const QString &text);

    [[nodiscard]] Backend backend() const { return m_backend; }
    [[nodiscard]] const QString &path() const { return m_path; } // SQLite file
    [[nodiscard]] const QString &host() const { return m_host; }
    [[nodiscard]] int port() const { return m_port; }
    [[nodiscard]] const QString &user() const { return m_user; }
    [[nodiscard]] const QString &password() const { return m_password; }
    [[nodiscard]] const QString &databaseName() const { return m_databaseName; }
    [[nodiscard]] const QString &options() const { return m_options; } // libpq "key=value;..." options

    // The URL without its password, safe for logs and messages.
    [[nodiscard]] QString displayString() const;
    // The same server with another database name (tests create throwaway databases).
    [[nodiscard]] DatabaseUrl withDatabaseName(const QString &name) const;

private:
    Backend m_backend = Backend::Sqlite;
    QString m_path;
    QString m_host;
    int m_port = 5432;
    QString m_user;
    QString m_password;
    QString m_databaseName;
    QString m_options;
};

} // namespace Accueil
