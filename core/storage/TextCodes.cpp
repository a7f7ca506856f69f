#include "TextCodes.h"

#include <string_view>

namespace voronka {

int TextCodes::code(QByteArrayView text)
{
    const std::string_view bytes(text.data(), size_t(text.size()));
    for (size_t i = 0; i < m_texts.size(); ++i) {
        if (m_texts[i] == bytes)
            return int(i);
    }
    m_texts.emplace_back(bytes);
    return int(m_texts.size() - 1);
}

QString TextCodes::text(int code) const
{
    return QString::fromStdString(m_texts.at(size_t(code)));
}

QByteArrayView TextCodes::bytes(int code) const
{
    const std::string &text = m_texts.at(size_t(code));
    return QByteArrayView(text.data(), qsizetype(text.size()));
}

} // namespace voronka
