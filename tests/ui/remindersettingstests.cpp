// "Centre › Reminders…": the rules and the texts of the appointment reminders changed from the
// desk, and the new-patient form's "no reminders", against a real store on each backend.
#include "catch.h"
#include "deskfixture.h"
#include "errorlabel.h"
#include "mainwindow.h"
#include "patientform.h"
#include "reminderrulemodel.h"
#include "reminders/reminders.h"
#include "reminders/remindertexts.h"
#include "remindersettingsdialog.h"
#include "remindertexteditor.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextDocument>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Accueil;
using namespace Accueil::Test;

namespace {

void click(QAbstractButton *button)
{
    REQUIRE(button->isEnabled());
    REQUIRE(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
}

// Replaces what a line edit holds with typed text.
void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void retype(QPlainTextEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

// What a plain-text view shows, no-break spaces kept (toPlainText() turns them into spaces).
QString shown(const QPlainTextEdit *edit)
{
    return edit->document()->toRawText().replace(QChar::ParagraphSeparator, u'\n');
}

void choose(QComboBox *box, const QVariant &data)
{
    const int index = box->findData(data);
    REQUIRE(index >= 0);
    box->setCurrentIndex(index);
}

// The editor open in a cell of the table (a closed one waits for deletion, hidden).
QLineEdit *cellEditor(const QTableView &view)
{
    for (QLineEdit *edit : view.findChildren<QLineEdit *>()) {
        if (edit->isVisible())
            return edit;
    }
    return nullptr;
}

// Answers the question box the dialog is about to show with that button.
void answerNextQuestion(QDialog &dialog, QMessageBox::StandardButton button, QString *asked)
{
    auto *timer = new QTimer(&dialog);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, &dialog, [&dialog, timer, button, asked] {
        for (QMessageBox *box : dialog.findChildren<QMessageBox *>()) {
            if (!box->isVisible())
                continue;
            *asked = box->text();
            timer->stop();
            box->button(button)->click();
            return;
        }
    });
    timer->start();
}

std::vector<ReminderRule> storedRules(Store &store)
{
    return store.select<ReminderRule>({}, {}, u"id"_s);
}

} // namespace

TEST_CASE("Durations, and the length of an SMS", "[reminders][unit]")
{
    CHECK(ReminderRuleModel::parseDuration(u"48"_s) == 48 * 60);
    CHECK(ReminderRuleModel::parseDuration(u"48 h"_s) == 48 * 60);
    CHECK(ReminderRuleModel::parseDuration(u" 2H "_s) == 120);
    CHECK(ReminderRuleModel::parseDuration(u"2 h 30"_s) == 150);
    CHECK(ReminderRuleModel::parseDuration(u"1h05min"_s) == 65);
    CHECK(ReminderRuleModel::parseDuration(u"1,5 h"_s) == 90);
    CHECK(ReminderRuleModel::parseDuration(u"90 min"_s) == 90);
    CHECK(ReminderRuleModel::parseDuration(u"30 minutes"_s) == 30);
    CHECK(ReminderRuleModel::parseDuration(u"2 jours"_s) == 2 * 24 * 60);
    CHECK(ReminderRuleModel::parseDuration(u"3 days"_s) == 3 * 24 * 60);
    CHECK_FALSE(ReminderRuleModel::parseDuration(u""_s));
    CHECK_FALSE(ReminderRuleModel::parseDuration(u"demain"_s));
    CHECK_FALSE(ReminderRuleModel::parseDuration(u"2 h 75"_s));
    CHECK(ReminderRuleModel::durationText(48 * 60) == u"48 h"_s);
    CHECK(ReminderRuleModel::durationText(90) == u"1 h 30"_s);
    CHECK(ReminderRuleModel::durationText(65) == u"1 h 05"_s);
    CHECK(ReminderRuleModel::durationRefusal(30).has_value());
    CHECK(ReminderRuleModel::durationRefusal(59).has_value());
    CHECK_FALSE(ReminderRuleModel::durationRefusal(60));
    CHECK_FALSE(ReminderRuleModel::durationRefusal(20160));
    CHECK(ReminderRuleModel::durationRefusal(20161).has_value());

    // The GSM alphabet has é, è, à but not ê or ç: one of those and an SMS holds 70 characters.
    const SmsLength plain = SmsLength::of(QString(160, u'a'));
    CHECK(plain.characters == 160);
    CHECK(plain.messages == 1);
    CHECK_FALSE(plain.unicode);
    CHECK(SmsLength::of(QString(161, u'a')).messages == 2);
    CHECK(SmsLength::of(QString(306, u'a')).messages == 2);
    CHECK(SmsLength::of(QString(307, u'a')).messages == 3);
    CHECK(SmsLength::of(u"Déjà vu à Noël ? è ù"_s).unicode == true); // ë is not GSM
    CHECK_FALSE(SmsLength::of(u"Déjà à l'hôpital"_s.replace(u'ô', u'o')).unicode);
    CHECK(SmsLength::of(u"[€]"_s).characters == 6); // the extension counts twice
    const SmsLength accented = SmsLength::of(u"Empêché\u00a0? "_s + QString(63, u'a'));
    CHECK(accented.unicode);
    CHECK(accented.characters == 73);
    CHECK(accented.messages == 2);
    CHECK((accented.outside == QList<char32_t>{U'ê', U'\u00a0'}));
    CHECK(SmsLength::of(QString()).messages == 0);
}

TEST_CASE("The coordinator adds reminder rules, is refused 30 minutes, and switches one off", "[reminders]")
{
    DeskFixture f;
    const StaffUser coordinator = addStaff(*f.store, u"coord"_s, u"ALG"_s, Role::Coordinator);
    DeskSession session(*f.store, coordinator);
    MainWindow window(session);
    window.show();
    QAction *action = window.action(u"reminderSettings"_s);
    REQUIRE(action);
    CHECK(action->isEnabled());
    action->trigger();
    auto *dialog = openDialog<ReminderSettingsDialog>(window);
    REQUIRE(dialog);
    CHECK(dialog->isEditable());
    QAbstractItemModelTester tester(dialog->rules(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ReminderRuleModel *model = dialog->rules();
    CHECK(model->rowCount() == 0);
    CHECK(dialog->scopeBox()->itemText(0) == u"Whole centre"_s);
    CHECK(dialog->scopeBox()->findText(u"Consultation nourrisson – Dr Paul Roche"_s) >= 0);

    // E-mail 48 h before, for the whole centre.
    choose(dialog->scopeBox(), qint64(0));
    choose(dialog->mediumBox(), u"email"_s);
    retype(dialog->whenEdit(), u"48 h"_s);
    click(dialog->addButton());
    CHECK(dialog->errorLabel()->message().isEmpty());
    std::vector<ReminderRule> rules = storedRules(*f.store);
    REQUIRE(rules.size() == 1);
    CHECK_FALSE(rules[0].typeId.has_value());
    CHECK(rules[0].medium == u"email"_s);
    CHECK(rules[0].minutesBefore == 48 * 60);
    CHECK(rules[0].active);
    CHECK(f.store->auditTrail(u"reminder_rule"_s, rules[0].id).front().actorLabel == u"ALG"_s);
    REQUIRE(model->rowCount() == 1);
    CHECK(model->index(0, ReminderRuleModel::ScopeColumn).data().toString() == u"Whole centre"_s);
    CHECK(model->index(0, ReminderRuleModel::MediumColumn).data().toString() == u"E-mail"_s);
    CHECK(model->index(0, ReminderRuleModel::WhenColumn).data().toString() == u"48 h before"_s);
    CHECK(model->index(0, ReminderRuleModel::ActiveColumn).data(Qt::CheckStateRole).toInt() == Qt::Checked);

    // 30 minutes: refused with the reason, nothing stored; the typed text stays.
    choose(dialog->mediumBox(), u"sms"_s);
    retype(dialog->whenEdit(), u"30 min"_s);
    click(dialog->addButton());
    CHECK(dialog->errorLabel()->isVisible());
    CHECK(dialog->errorLabel()->message()
          == u"Nothing is sent in the last hour before an appointment: a reminder goes at least 1 h before."_s);
    CHECK(storedRules(*f.store).size() == 1);
    CHECK(dialog->whenEdit()->text() == u"30 min"_s);
    retype(dialog->whenEdit(), u"tomorrow"_s);
    QTest::keyClick(dialog->whenEdit(), Qt::Key_Return);
    CHECK(dialog->errorLabel()->message().contains(u"such as 48 h"_s));
    CHECK(storedRules(*f.store).size() == 1);

    // SMS 2 h before (Return adds too); the error goes.
    retype(dialog->whenEdit(), u"2"_s);
    QTest::keyClick(dialog->whenEdit(), Qt::Key_Return);
    CHECK(dialog->errorLabel()->message().isEmpty());
    REQUIRE(storedRules(*f.store).size() == 2);
    CHECK(storedRules(*f.store)[1].minutesBefore == 120);
    CHECK(model->rowCount() == 2);

    // The same again: refused.
    click(dialog->addButton());
    CHECK(dialog->errorLabel()->message() == u"This rule exists already."_s);
    CHECK(storedRules(*f.store).size() == 2);

    // A type of its own: said to leave the centre's rules.
    choose(dialog->scopeBox(), f.fabreInfant.id);
    CHECK(dialog->scopeBox()->currentText() == u"Consultation nourrisson – Dr Claire Fabre"_s);
    retype(dialog->whenEdit(), u"24 h"_s);
    click(dialog->addButton());
    rules = storedRules(*f.store);
    REQUIRE(rules.size() == 3);
    CHECK(rules[2].typeId == f.fabreInfant.id);
    CHECK(rules[2].medium == u"sms"_s);
    CHECK(rules[2].minutesBefore == 24 * 60);
    CHECK(dialog->statusLabel()->text().contains(u"follows only its own rules"_s));
    // The centre's rules first, the type's after.
    CHECK(model->index(2, ReminderRuleModel::ScopeColumn).data().toString()
          == u"Consultation nourrisson – Dr Claire Fabre"_s);
    CHECK(model->rowOf(rules[2].id) == 2);
    CHECK(dialog->rulesView()->selectionModel()->isRowSelected(2, {}));

    // Remove switches the selected rule off.
    const int smsRow = model->rowOf(rules[1].id);
    dialog->rulesView()->selectRow(smsRow);
    click(dialog->removeButton());
    CHECK_FALSE(f.store->get<ReminderRule>(rules[1].id).active);
    CHECK(model->index(smsRow, ReminderRuleModel::ActiveColumn).data(Qt::CheckStateRole).toInt()
          == Qt::Unchecked);
    CHECK_FALSE(dialog->removeButton()->isEnabled());
    CHECK(dialog->statusLabel()->text().contains(u"switched off"_s));

    // Its box switches it on again, from the keyboard.
    QTableView *view = dialog->rulesView();
    view->setFocus();
    view->setCurrentIndex(model->index(smsRow, ReminderRuleModel::ActiveColumn));
    QTest::keyClick(view, Qt::Key_Space);
    CHECK(f.store->get<ReminderRule>(rules[1].id).active);
    CHECK(dialog->removeButton()->isEnabled());

    // The When cell: 36 h is taken, 30 min is refused and the cell keeps what is stored.
    const QModelIndex when = model->index(model->rowOf(rules[0].id), ReminderRuleModel::WhenColumn);
    view->setCurrentIndex(when);
    QTest::keyClick(view, Qt::Key_F2);
    QLineEdit *editor = cellEditor(*view);
    REQUIRE(editor);
    CHECK(editor->text() == u"48 h"_s);
    retype(editor, u"36 h"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits on the next turn
    CHECK(f.store->get<ReminderRule>(rules[0].id).minutesBefore == 36 * 60);
    CHECK(when.data().toString() == u"36 h before"_s);
    view->setCurrentIndex(when);
    QTest::keyClick(view, Qt::Key_F2);
    editor = cellEditor(*view);
    REQUIRE(editor);
    retype(editor, u"30 min"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
    CHECK(f.store->get<ReminderRule>(rules[0].id).minutesBefore == 36 * 60);
    CHECK(dialog->errorLabel()->message().contains(u"at least 1 h"_s));
    CHECK(when.data().toString() == u"36 h before"_s);

    // Another desk's rule shows when the desk hears of it.
    const std::unique_ptr<Store> other = f.database.openStore(f.clock);
    ReminderRule elsewhere;
    elsewhere.medium = u"email"_s;
    elsewhere.minutesBefore = 7 * 24 * 60;
    elsewhere = other->insert(elsewhere, setupActor());
    session.notifyChanged();
    CHECK(model->rowCount() == 4);
    CHECK(model->rowOf(elsewhere.id) == 0); // the earliest of the centre's rules first
    CHECK(model->index(0, ReminderRuleModel::WhenColumn).data().toString() == u"168 h before"_s);

    // And what the reminders will do with them.
    const std::vector<ReminderRule> seen = Reminders(*f.store).rules();
    CHECK(std::count_if(seen.begin(), seen.end(), [](const ReminderRule &rule) { return rule.active; }) == 4);
}

TEST_CASE("The French SMS text is edited with a preview, saved, and restored to the default", "[reminders]")
{
    DeskFixture f;
    Centre centre = f.store->centre().value();
    centre.phone = u"03 88 00 00 00"_s;
    f.store->update(centre, setupActor());
    const StaffUser admin = addStaff(*f.store, u"admin"_s, u"ADM"_s, Role::Admin);
    DeskSession session(*f.store, admin);
    ReminderSettingsDialog dialog(session);
    dialog.show();
    ReminderTextEditor *texts = dialog.texts();
    dialog.tabs()->setCurrentWidget(texts);
    Reminders reminders(*f.store);
    const ReminderTemplate smsDefault = ReminderTexts::defaults(u"sms"_s, Language::French);

    choose(texts->mediumBox(), u"sms"_s);
    choose(texts->languageBox(), u"fr"_s);
    CHECK(texts->body() == smsDefault.body);
    CHECK_FALSE(texts->subjectEdit()->isEnabled());
    CHECK(texts->originLabel()->text() == u"The default text."_s);
    CHECK_FALSE(texts->restoreButton()->isEnabled());
    CHECK_FALSE(texts->saveButton()->isEnabled());
    // The placeholders, in the text's language; the preview with sample values.
    CHECK(texts->placeholderList()->count() == 8);
    CHECK(texts->placeholderList()->item(0)->text() == u"{patient} — le nom du patient"_s);
    CHECK(shown(texts->preview())
          == u"Maison de santé des Tests : RDV le jeudi 18 juin 2026 à 10 h 15 avec Dr Claire Fabre. Si vous "
             "ne pouvez pas venir, appelez le 03 88 00 00 00."_s);
    // The default keeps to the SMS alphabet: one SMS.
    CHECK(texts->lengthLabel()->isVisible());
    CHECK(texts->lengthLabel()->text() == u"141 characters with these sample values: about 1 SMS."_s);

    // A shorter text in the SMS alphabet, a placeholder inserted from the list.
    retype(texts->bodyEdit(), u"Rappel: RDV le {date} a {time} avec {practitioner}. "_s);
    QListWidgetItem *phone = texts->placeholderList()->item(7);
    REQUIRE(phone->data(Qt::UserRole).toString() == u"{phone}"_s);
    texts->placeholderList()->setCurrentItem(phone);
    QTest::keyClick(texts->placeholderList(), Qt::Key_Return);
    const QString typed = u"Rappel: RDV le {date} a {time} avec {practitioner}. {phone}"_s;
    CHECK(texts->body() == typed);
    CHECK(shown(texts->preview())
          == u"Rappel: RDV le jeudi 18 juin 2026 a 10 h 15 avec Dr Claire Fabre. 03 88 00 00 00"_s);
    CHECK(texts->lengthLabel()->text() == u"80 characters with these sample values: about 1 SMS."_s);
    CHECK(texts->originLabel()->text() == u"The centre's own text. Changed, not saved yet."_s);
    CHECK(texts->restoreButton()->isEnabled());
    // A brace that stands for nothing is pointed out.
    QTest::keyClicks(texts->bodyEdit(), u" {medecin}"_s);
    auto *unknown = texts->findChild<QLabel *>(u"unknownPlaceholders"_s);
    REQUIRE(unknown);
    CHECK(unknown->isVisible());
    CHECK(unknown->text() == u"Not a placeholder, sent as typed: {medecin}"_s);
    retype(texts->bodyEdit(), typed);
    CHECK_FALSE(unknown->isVisible());

    click(texts->saveButton());
    CHECK(dialog.errorLabel()->message().isEmpty());
    CHECK(reminders.text(u"sms"_s, Language::French).body == typed);
    CHECK(reminders.text(u"sms"_s, Language::English).body
          == ReminderTexts::defaults(u"sms"_s, Language::English).body);
    CHECK(texts->originLabel()->text() == u"The centre's own text."_s);
    CHECK_FALSE(texts->saveButton()->isEnabled());
    const std::vector<ReminderTemplate> rows = f.store->select<ReminderTemplate>();
    REQUIRE(rows.size() == 1);
    CHECK(f.store->auditTrail(u"reminder_template"_s, rows[0].id).front().actorLabel == u"ADM"_s);

    // An empty text is refused rather than sent empty.
    retype(texts->bodyEdit(), QString());
    click(texts->saveButton());
    CHECK(dialog.errorLabel()->message() == u"The text is empty: type one, or restore the default."_s);
    CHECK(reminders.text(u"sms"_s, Language::French).body == typed);

    // Restore the default, then Save: the centre follows the default again.
    click(texts->restoreButton());
    CHECK(texts->body() == smsDefault.body);
    CHECK(texts->originLabel()->text() == u"The default text. Changed, not saved yet."_s);
    click(texts->saveButton());
    CHECK(dialog.errorLabel()->message().isEmpty());
    CHECK(reminders.text(u"sms"_s, Language::French).body == smsDefault.body);
    CHECK(f.store->select<ReminderTemplate>().front().body.isEmpty());
    CHECK(texts->originLabel()->text() == u"The default text."_s);

    // The e-mail has a subject; what is typed survives switching to another text and back.
    choose(texts->mediumBox(), u"email"_s);
    choose(texts->languageBox(), u"en"_s);
    CHECK(texts->subjectEdit()->isEnabled());
    CHECK_FALSE(texts->lengthLabel()->isVisible());
    CHECK(texts->subjectEdit()->text() == u"Reminder: your appointment on {date} at {time}"_s);
    retype(texts->subjectEdit(), u"See you on {date}, {patient}"_s);
    CHECK(shown(texts->preview())
                  .startsWith(
                          u"Subject: See you on Thursday 18 June 2026, Marie DUPONT\n\nHello Marie DUPONT,"_s));
    choose(texts->mediumBox(), u"sms"_s);
    CHECK(texts->body() == ReminderTexts::defaults(u"sms"_s, Language::English).body);
    choose(texts->mediumBox(), u"email"_s);
    CHECK(texts->subjectEdit()->text() == u"See you on {date}, {patient}"_s);
    CHECK(texts->hasUnsavedChanges());

    // Closing asks; Discard loses it on purpose, and nothing is saved.
    QString asked;
    answerNextQuestion(dialog, QMessageBox::Discard, &asked);
    dialog.reject();
    CHECK(asked == u"Some texts were changed and not saved. Save them?"_s);
    CHECK_FALSE(dialog.isVisible());
    CHECK(reminders.text(u"email"_s, Language::English).subject
          == u"Reminder: your appointment on {date} at {time}"_s);
}

TEST_CASE("A secretary reads the reminder settings but cannot change them", "[reminders]")
{
    DeskFixture f;
    ReminderRule rule;
    rule.medium = u"sms"_s;
    rule.minutesBefore = 120;
    rule = f.store->insert(rule, setupActor());
    ReminderTemplate text = ReminderTexts::defaults(u"email"_s, Language::French);
    text.subject = u"Votre rendez-vous du {date}"_s;
    Reminders(*f.store).saveText(text, setupActor());

    MainWindow window(*f.session);
    QAction *action = window.action(u"reminderSettings"_s);
    REQUIRE(action);
    CHECK(action->isEnabled()); // to read
    ReminderSettingsDialog dialog(*f.session);
    dialog.show();
    CHECK_FALSE(dialog.isEditable());
    auto *note = dialog.findChild<QLabel *>(u"readOnlyNote"_s);
    REQUIRE(note);
    CHECK(note->isVisible());
    CHECK(note->text() == u"Only the coordinator and administrators can change the reminders."_s);
    ReminderRuleModel *model = dialog.rules();
    REQUIRE(model->rowCount() == 1);
    CHECK(model->index(0, ReminderRuleModel::WhenColumn).data().toString() == u"2 h before"_s);
    CHECK_FALSE(dialog.addButton()->isEnabled());
    CHECK_FALSE(dialog.whenEdit()->isEnabled());
    dialog.rulesView()->selectRow(0);
    CHECK_FALSE(dialog.removeButton()->isEnabled());
    CHECK_FALSE(model->flags(model->index(0, ReminderRuleModel::ActiveColumn)) & Qt::ItemIsUserCheckable);
    CHECK_FALSE(model->flags(model->index(0, ReminderRuleModel::WhenColumn)) & Qt::ItemIsEditable);
    // Neither the keyboard nor a call gets through.
    QTableView *view = dialog.rulesView();
    view->setFocus();
    view->setCurrentIndex(model->index(0, ReminderRuleModel::ActiveColumn));
    QTest::keyClick(view, Qt::Key_Space);
    CHECK_FALSE(model->setActive(0, false));
    CHECK(dialog.errorLabel()->message()
          == u"Only the coordinator and administrators can change the reminders."_s);
    CHECK(model->addRule({}, u"email"_s, 48 * 60) == 0);
    CHECK(f.store->get<ReminderRule>(rule.id).active);
    CHECK(f.store->count<ReminderRule>() == 1);

    ReminderTextEditor *texts = dialog.texts();
    choose(texts->mediumBox(), u"email"_s);
    choose(texts->languageBox(), u"fr"_s);
    CHECK(texts->subjectEdit()->text() == u"Votre rendez-vous du {date}"_s);
    CHECK(texts->subjectEdit()->isReadOnly());
    CHECK(texts->bodyEdit()->isReadOnly());
    CHECK_FALSE(texts->saveButton()->isEnabled());
    CHECK_FALSE(texts->restoreButton()->isEnabled());
    CHECK(shown(texts->preview()).startsWith(u"Subject: Votre rendez-vous du jeudi 18 juin 2026"_s));
    CHECK_FALSE(texts->save());
    dialog.reject();
    CHECK_FALSE(dialog.isVisible());
}

TEST_CASE("The new-patient form records that the patient asked for no reminders", "[reminders]")
{
    DeskFixture f;
    PatientForm form(*f.session);
    form.show();
    const auto patientNamed = [&](const QString &lastName) {
        const std::vector<Patient> found = f.store->select<Patient>(u"last_name = ?"_s, {lastName});
        REQUIRE(found.size() == 1);
        return found.front();
    };
    QSignalSpy created(&form, &PatientForm::created);
    auto *noReminders = form.findChild<QCheckBox *>(u"newNoReminders"_s);
    REQUIRE(noReminders);
    CHECK(noReminders->text() == u"No reminders (the patient asked)"_s);
    CHECK_FALSE(noReminders->isChecked());

    form.prefill(u"dupont marie 03/04/1990"_s);
    click(noReminders);
    CHECK(noReminders->isChecked());
    click(form.findChild<QPushButton *>(u"createPatientButton"_s));
    CHECK(created.size() == 1);
    CHECK(patientNamed(u"Dupont"_s).remindersOptOut);

    // Cleared for the next patient, who gets reminders.
    form.prefill(u"durand paul 01/02/1970"_s);
    CHECK_FALSE(noReminders->isChecked());
    click(form.findChild<QPushButton *>(u"createPatientButton"_s));
    CHECK(created.size() == 2);
    CHECK_FALSE(patientNamed(u"Durand"_s).remindersOptOut);
}
