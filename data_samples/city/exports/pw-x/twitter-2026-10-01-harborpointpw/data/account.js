window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "socialmedia+harborpointpw@harborpoint.example.org",
      "createdVia" : "web",
      "username" : "HarborPointPW",
      "accountId" : "1299000027",
      "createdAt" : "2016-01-11T16:00:00.000Z",
      "accountDisplayName" : "Harbor Point Public Works (synthetic)"
    }
  }
]
