#pragma once

#include "domain/portal.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

// The bytes of an e-mail (RFC 5322 with MIME): pure functions, no I/O.
namespace Accueil::MailMessage {

// Whether address is a plain ASCII addr-spec (local@domain, dot-atoms only) that SMTP and the
// headers carry as it is. Quoted local parts, IP literals and international addresses are refused.
[[nodiscard]] bool isValidAddress(const QString &address);
// The text with every e-mail address replaced by "<address>": for logs, which name no patient
// (an SMTP server's refusal often quotes the recipient).
[[nodiscard]] QString withoutAddresses(const QString &text);

// The whole message for mail, from fromAddress shown as fromName: CRLF line endings, 7-bit
// (headers in RFC 2047 encoded words, body in quoted-printable UTF-8), ready for SMTP DATA without
// dot-stuffing, which libcurl adds as it sends. Dated mail.createdAt and identified by a
// Message-ID derived from the row, so a retry sends the same bytes and a receiver can tell a
// repeated delivery. mail.toAddress and fromAddress must pass isValidAddress().
[[nodiscard]] QByteArray build(const OutgoingMail &mail, const QString &fromAddress, const QString &fromName);

// One header field, folded, ending in CRLF: "Name: value". Line breaks and other control characters
// in text become spaces (no header injection). ASCII text goes as it is, folded at spaces; other
// text as UTF-8 encoded words (Q, or B when shorter), each line at most 76 characters.
[[nodiscard]] QByteArray unstructuredHeader(const QByteArray &name, const QString &text);
// "Name: display name <address>" ending in CRLF; the name quoted, or encoded words when not ASCII.
[[nodiscard]] QByteArray addressHeader(const QByteArray &name, const QString &address,
                                       const QString &displayName);

// UTF-8 in quoted-printable (RFC 2045): lines of at most 76 characters ending in CRLF, whatever
// line endings text had.
[[nodiscard]] QByteArray quotedPrintable(const QString &text);

// An RFC 5322 date-time in UTC, in English whatever the locale: "Mon, 15 Jun 2026 08:00:00 +0000".
[[nodiscard]] QByteArray dateTime(const QDateTime &when);

// "<accueil.ID.CREATED.HASH@domain-of-fromAddress>": the same for every attempt of one mail.
[[nodiscard]] QByteArray messageId(const OutgoingMail &mail, const QString &fromAddress);

} // namespace Accueil::MailMessage
