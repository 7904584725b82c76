# One INTERFACE target carries the language level, the warnings and Qt's hygiene defines;
# every target of the project links it privately.
add_library(accueil_options INTERFACE)
target_compile_features(accueil_options INTERFACE cxx_std_20)
target_compile_options(accueil_options INTERFACE
    -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor -Wshadow=local
    $<$<BOOL:${ACCUEIL_WERROR}>:-Werror>
    # Debian's hardening (dpkg-buildflags, hardening=+all): the server faces the internet.
    -fstack-protector-strong -fstack-clash-protection -fcf-protection
    $<$<NOT:$<CONFIG:Debug>>:-D_FORTIFY_SOURCE=2>)
target_link_options(accueil_options INTERFACE -Wl,-z,relro -Wl,-z,now)
target_compile_definitions(accueil_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    ACCUEIL_VERSION="${PROJECT_VERSION}")
