#pragma once

#include "tollfreeformpage.h"

class QLabel;
class QPlainTextEdit;

// The form pages of the toll-free wizard, one class a page, in the wizard's order. The form
// mechanics are in TollFreeFormPage, the last page is TollFreeReviewPage.

class TollFreeBusinessPage : public TollFreeFormPage
{
    Q_OBJECT
public:
    explicit TollFreeBusinessPage(RequestSource source, QWidget *parent = nullptr);
};

class TollFreeContactPage : public TollFreeFormPage
{
    Q_OBJECT
public:
    explicit TollFreeContactPage(RequestSource source, QWidget *parent = nullptr);
};

class TollFreeUseCasePage : public TollFreeFormPage
{
    Q_OBJECT
public:
    explicit TollFreeUseCasePage(RequestSource source, QWidget *parent = nullptr);
};

class TollFreeMessagesPage : public TollFreeFormPage
{
    Q_OBJECT
public:
    explicit TollFreeMessagesPage(RequestSource source, QWidget *parent = nullptr);
};

// Numbers typed or pasted one per line (commas and semicolons also separate them); "Tidy up"
// rewrites them in E.164, one per line, without repeats.
class TollFreeNumbersPage : public TollFreeFormPage
{
    Q_OBJECT
public:
    explicit TollFreeNumbersPage(RequestSource source, QWidget *parent = nullptr);
    void tidyNumbers();
    // Leaving the page tidies the numbers, so later pages and the draft show them in E.164.
    bool validatePage() override;

private:
    void updateCount();

    QPlainTextEdit *m_numbers;
    QLabel *m_count;
};

class TollFreeAdditionalPage : public TollFreeFormPage
{
    Q_OBJECT
public:
    explicit TollFreeAdditionalPage(RequestSource source, QWidget *parent = nullptr);
};
