#pragma once

#include <QtGlobal>

#include <cstdint>
#include <random>
#include <span>

namespace Accueil::Demo {

// The demo data must be the same for a given seed on every machine: the standard distributions
// are implementation-defined, so only the engine (fully specified) is used, with our own helpers.
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed) : m_engine(seed) {}

    [[nodiscard]] quint64 next() { return m_engine(); }

    // Uniform in [0, n), n > 0 (multiply-shift on 32 bits: the bias is negligible here).
    [[nodiscard]] int below(int n)
    {
        Q_ASSERT(n > 0);
        return int(((m_engine() >> 32) * quint64(n)) >> 32);
    }

    // Uniform in [low, high].
    [[nodiscard]] int between(int low, int high) { return low + below(high - low + 1); }

    // Uniform in [0, 1).
    [[nodiscard]] double unit() { return double(m_engine() >> 11) * 0x1.0p-53; }

    [[nodiscard]] bool chance(double probability) { return unit() < probability; }

    template<typename T>
    [[nodiscard]] const T &pick(std::span<const T> items)
    {
        return items[std::size_t(below(int(items.size())))];
    }

    // An index drawn with the given non-negative weights (at least one positive).
    [[nodiscard]] int weighted(std::span<const int> weights)
    {
        int total = 0;
        for (int weight : weights)
            total += weight;
        int draw = below(total);
        for (std::size_t i = 0; i < weights.size(); ++i) {
            draw -= weights[i];
            if (draw < 0)
                return int(i);
        }
        return int(weights.size()) - 1;
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace Accueil::Demo
