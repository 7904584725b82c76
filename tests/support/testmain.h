#pragma once

namespace Accueil::Test {

// Runs the Catch2 session; the caller's main creates the QCoreApplication (or QApplication for
// widget tests) first, so each test executable's main is three lines:
//
//     int main(int argc, char **argv)
//     {
//         QCoreApplication app(argc, argv);
//         return Accueil::Test::runCatch(argc, argv);
//     }
int runCatch(int argc, char **argv);

} // namespace Accueil::Test
