#include "storeerror.h"

namespace Accueil {

StoreError::StoreError(Kind kind, const QString &message)
    : std::runtime_error(message.toStdString()), m_kind(kind), m_message(message)
{
}

} // namespace Accueil
