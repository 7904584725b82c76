#include "storeerror.h"

namespace Accueil {

StoreError::StoreError(Kind kind, const QString &message, const QString &code)
    : std::runtime_error(message.toStdString())
    , m_kind(kind)
    , m_message(message)
    , m_code(code)
{}

} // namespace Accueil
