window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "socialmedia+harborpointcity@harborpoint.example.org",
      "createdVia" : "web",
      "username" : "HarborPointCity",
      "accountId" : "1292000006",
      "createdAt" : "2012-09-03T16:00:00.000Z",
      "accountDisplayName" : "City of Harbor Point (synthetic)"
    }
  }
]
