#pragma once

#include <QWidget>

#include <vector>

namespace Accueil {

// What each slot colour of the agenda grid means: a swatch and a name per slot kind, and one for
// blocked slots, laid out in a row (or wrapped in a column when narrow). Uses the grid's own
// colour and name functions, so the two cannot disagree.
class SlotLegend final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SlotLegend)

public:
    explicit SlotLegend(QWidget *parent = nullptr);

    // The legend's entries, in order: (name, colour); blocked is the last entry.
    [[nodiscard]] int entryCount() const;
    [[nodiscard]] QString entryName(int index) const;
    [[nodiscard]] QColor entryColour(int index) const;

    [[nodiscard]] bool hasHeightForWidth() const override { return true; }
    [[nodiscard]] int heightForWidth(int width) const override;
    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    [[nodiscard]] int swatchSize() const;
    [[nodiscard]] int entryWidth(int index) const;
    // Where each entry's swatch goes at a widget width: one row, wrapping when it does not fit.
    [[nodiscard]] std::vector<QPoint> positions(int width) const;
};

} // namespace Accueil
