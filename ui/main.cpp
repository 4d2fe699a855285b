// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/CoreLibrary.h"

#include <QApplication>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    sajudesk::initCore();
    QMainWindow window;
    window.show();
    return app.exec();
}
