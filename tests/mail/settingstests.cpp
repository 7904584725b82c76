// Reading the SMTP settings: good values, defaults, and a sentence naming the key for bad ones.
#include "catch.h"
#include "mail/smtpsettings.h"

#include <vector>

using namespace Accueil;
using namespace Qt::StringLiterals;

namespace {

using Values = QHash<QString, QString>;

Values goodValues()
{
    return {{u"smtp_url"_s, u"smtp://mail.example.org:587"_s},
            {u"smtp_user"_s, u"accueil"_s},
            {u"smtp_password"_s, u"s3cret-Pa55"_s},
            {u"mail_from"_s, u"accueil@msp-sainte-odile.fr"_s},
            {u"mail_from_name"_s, u"Maison de santé Sainte-Odile"_s},
            {u"database"_s, u"sqlite:/var/lib/accueil/accueil.sqlite"_s}}; // not ours: ignored
}

// The error for values, which must be refused.
QString errorFor(const Values &values)
{
    QString error;
    const std::optional<SmtpSettings> settings = SmtpSettings::parse(values, &error);
    CHECK_FALSE(settings);
    CHECK_FALSE(error.isEmpty());
    CHECK(error.endsWith(u'.'));
    return error;
}

Values with(const QString &key, const QString &value)
{
    Values values = goodValues();
    if (value.isNull()) {
        values.remove(key);
    } else {
        values.insert(key, value);
    }
    return values;
}

} // namespace

TEST_CASE("SMTP settings are read with safe defaults", "[unit]")
{
    QString error;
    const std::optional<SmtpSettings> settings = SmtpSettings::parse(goodValues(), &error);
    INFO(error.toStdString());
    REQUIRE(settings);
    CHECK(settings->url == u"smtp://mail.example.org:587");
    CHECK(settings->tls == SmtpSettings::Tls::StartTlsRequired); // encrypted unless told otherwise
    CHECK_FALSE(settings->isSmtps());
    CHECK(settings->user == u"accueil");
    CHECK(settings->password == u"s3cret-Pa55");
    CHECK(settings->fromAddress == u"accueil@msp-sainte-odile.fr");
    CHECK(settings->fromName == u"Maison de santé Sainte-Odile");
    CHECK(settings->timeoutSeconds == 20);

    SECTION("each TLS mode, a timeout, smtps, no credentials")
    {
        CHECK(SmtpSettings::parse(with(u"smtp_tls"_s, u"none"_s), &error)->tls == SmtpSettings::Tls::None);
        CHECK(SmtpSettings::parse(with(u"smtp_tls"_s, u"STARTTLS-if-offered"_s), &error)->tls
              == SmtpSettings::Tls::StartTlsIfOffered);
        CHECK(SmtpSettings::parse(with(u"smtp_tls"_s, u"starttls"_s), &error)->tls
              == SmtpSettings::Tls::StartTlsRequired);
        CHECK(SmtpSettings::parse(with(u"smtp_timeout"_s, u"45"_s), &error)->timeoutSeconds == 45);
        CHECK(SmtpSettings::parse(with(u"smtp_url"_s, u"smtps://mail.example.org"_s), &error)->isSmtps());
        Values anonymous = goodValues();
        anonymous.remove(u"smtp_user"_s);
        anonymous.remove(u"smtp_password"_s);
        CHECK(SmtpSettings::parse(anonymous, &error)->user.isEmpty());
    }
    SECTION("from a QSettings-style map")
    {
        QVariantMap map;
        const Values values = goodValues();
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            map.insert(it.key(), it.value());
        map.insert(u"smtp_timeout"_s, 30);
        const std::optional<SmtpSettings> fromMap = SmtpSettings::parse(map, &error);
        REQUIRE(fromMap);
        CHECK(fromMap->timeoutSeconds == 30);
        CHECK(fromMap->fromName == settings->fromName);
    }
}

TEST_CASE("Bad SMTP settings are refused with a sentence naming the key", "[unit]")
{
    struct Case
    {
        QString key;
        QString value; // null: missing
    };
    const std::vector<Case> cases{
            {u"smtp_url"_s, {}},
            {u"smtp_url"_s, u"  "_s},
            {u"smtp_url"_s, u"http://mail.example.org"_s},
            {u"smtp_url"_s, u"mail.example.org:587"_s},
            {u"smtp_url"_s, u"smtp://:587"_s},
            {u"smtp_url"_s, u"smtp://mail.example.org:99999"_s},
            {u"smtp_url"_s, u"smtp://mail.example.org:587/a/b"_s},
            {u"smtp_url"_s, u"smtp://mail.example.org:587?x=1"_s},
            {u"smtp_tls"_s, u"maybe"_s},
            {u"smtp_timeout"_s, u"soon"_s},
            {u"smtp_timeout"_s, u"0"_s},
            {u"smtp_timeout"_s, u"600"_s},
            {u"mail_from"_s, {}},
            {u"mail_from"_s, u"Accueil <accueil@example.org>"_s},
            {u"mail_from"_s, u"accueil"_s},
            {u"mail_from_name"_s, u"Accueil\r\nBcc: evil@example.org"_s},
            {u"smtp_user"_s, u"accueil\nx"_s},
    };
    for (const Case &c : cases) {
        INFO(c.key.toStdString() << " = "
                                 << (c.value.isNull() ? std::string("(missing)") : c.value.toStdString()));
        CHECK(errorFor(with(c.key, c.value)).contains(c.key));
    }

    SECTION("smtp_tls with smtps://, which is encrypted anyway")
    {
        Values values = with(u"smtp_url"_s, u"smtps://mail.example.org"_s);
        values.insert(u"smtp_tls"_s, u"starttls"_s);
        CHECK(errorFor(values).contains(u"smtp_tls"));
    }
    SECTION("half the credentials; the password is never repeated")
    {
        const QString noPassword = errorFor(with(u"smtp_password"_s, {}));
        CHECK(noPassword.contains(u"smtp_password"));
        const QString noUser = errorFor(with(u"smtp_user"_s, {}));
        CHECK(noUser.contains(u"smtp_user"));
        CHECK_FALSE(noUser.contains(u"s3cret"));
        const QString inUrl = errorFor(with(u"smtp_url"_s, u"smtp://accueil:s3cret@mail.example.org"_s));
        CHECK(inUrl.contains(u"smtp_url"));
        CHECK_FALSE(inUrl.contains(u"s3cret"));
        const QString badScheme = errorFor(with(u"smtp_url"_s, u"http://accueil:s3cret@mail.example.org"_s));
        CHECK_FALSE(badScheme.contains(u"s3cret"));
    }
    SECTION("a null error pointer is allowed")
    {
        CHECK_FALSE(SmtpSettings::parse(with(u"smtp_url"_s, {}), nullptr));
    }
}
